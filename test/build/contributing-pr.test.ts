import { execFile, execFileSync } from 'node:child_process';
import {
	copyFileSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { buildSurvey, cleanEnv, type BuildResult } from '../helpers/build-survey';
import { fixture, outputRoot, repoRoot } from '../helpers/paths';

// A newcomer's first pull request, as CONTRIBUTING.md describes it, on a copy of the published survey: scaffold the
// note from BibTeX (step 2, no network), complete it (steps 3–4: here the fixture note is the completed text), then
// run what .github/workflows/pr.yml runs on the result. It must pass: a red CI on a pull request that followed the
// docs was issue #22.
const FIXTURE = fixture('contributing-pr');
const SLUG = 'behavior-transformers';
const ARXIV = '2206.11251';

/**
 * Takes a paper out of a survey copy, as the survey was before someone added it: its note, the chapters' and notes'
 * citations of it and the relations to it. The survey grows, and the paper this test adds may one day be in it.
 */
function removePaper(root: string, arxiv: string): void {
	const papers = join(root, 'content', 'papers');
	const slugs = readdirSync(papers)
		.filter((file) => readFileSync(join(papers, file), 'utf8').includes(`arxiv: "${arxiv}"`))
		.map((file) => file.replace(/\.mdx$/, ''));
	for (const slug of slugs) rmSync(join(papers, `${slug}.mdx`));
	for (const folder of ['papers', 'chapters']) {
		const dir = join(root, 'content', folder);
		for (const file of readdirSync(dir)) {
			let text = readFileSync(join(dir, file), 'utf8');
			for (const slug of slugs)
				text = text
					.replace(new RegExp(` ?\\[@${slug}\\]`, 'g'), '')
					.replace(new RegExp(`; ?@${slug}\\b|@${slug}; ?`, 'g'), '')
					.replace(new RegExp(`\\n  - type: [a-z-]+\\n    paper: ${slug}(?=\\n)`, 'g'), '');
			writeFileSync(join(dir, file), text);
		}
	}
}

interface Run {
	code: number;
	output: string;
}

/** Runs a command from the repository root with the survey copy as ATLAS_SURVEY, as a contributor's shell would. */
function run(command: string, args: readonly string[], env: Record<string, string>): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			command,
			args,
			{ cwd: repoRoot, env: cleanEnv(env), maxBuffer: 16 * 1024 * 1024 },
			(error, stdout, stderr) =>
				resolve({
					code: error ? (typeof error.code === 'number' ? error.code : 1) : 0,
					output: `${stdout}${stderr}`,
				}),
		);
	});
}

describe('a pull request that adds a paper by CONTRIBUTING.md passes the pull-request workflow', () => {
	let survey: string;
	let scaffold: Run;
	let build: BuildResult;
	const git = (...args: string[]) =>
		execFileSync(
			'git',
			['-c', 'user.name=Contributor', '-c', 'user.email=contributor@example.invalid', ...args],
			{ cwd: survey, encoding: 'utf8' },
		);

	beforeAll(async () => {
		// Inside the checkout (test/.output, ignored by git): Astro builds only surveys below the project folder.
		mkdirSync(join(outputRoot, 'cases'), { recursive: true });
		survey = mkdtempSync(join(outputRoot, 'cases', 'contributing-pr-'));
		copyFileSync(join(repoRoot, 'survey.yaml'), join(survey, 'survey.yaml'));
		for (const folder of ['taxonomy', 'content', 'releases'])
			if (existsSync(join(repoRoot, folder)))
				cpSync(join(repoRoot, folder), join(survey, folder), { recursive: true });
		removePaper(survey, ARXIV);
		// The fork as cloned: the base branch the link check compares with.
		git('init', '--quiet', '--initial-branch=main');
		git('add', '.');
		git('commit', '--quiet', '-m', 'The survey as forked');

		// Step 2: `npm run new -- --bibtex refs.bib`.
		scaffold = await run('npm', ['run', '--silent', 'new', '--', '--bibtex', join(FIXTURE, 'refs.bib')], {
			ATLAS_SURVEY: survey,
		});
		// Steps 3 and 4: the contributor completes the note the scaffold wrote.
		if (existsSync(join(survey, 'content', 'papers', `${SLUG}.mdx`)))
			copyFileSync(join(FIXTURE, `${SLUG}.mdx`), join(survey, 'content', 'papers', `${SLUG}.mdx`));
		git('add', '.');
		git('commit', '--quiet', '-m', 'Add Behavior Transformers');
	});

	afterAll(() => {
		if (survey) rmSync(survey, { recursive: true, force: true });
	});

	test('the scaffold writes the note where CONTRIBUTING says, with the slug the test completes', () => {
		expect(scaffold.code, scaffold.output).toBe(0);
		expect(scaffold.output).toContain(`slug: ${SLUG}, so its page is /papers/${SLUG}/`);
	});

	test('npm run check: no errors (the only warning says no chapter cites the new paper yet)', async () => {
		const check = await run('npm', ['run', '--silent', 'check'], { ATLAS_SURVEY: survey });
		expect(check.code, check.output).toBe(0);
		expect(check.output).toContain(`content/papers/${SLUG}.mdx:1:1: warning: No chapter cites this paper`);
		expect(check.output).toContain('0 errors, 1 warning');
		expect(check.output).toMatch(/Checked \d+ papers, \d+ chapters and 6 facets: no errors/);
	});

	test('the unit tests that concern the content pass on the survey with the paper added', async () => {
		const tests = await run(
			process.execPath,
			[
				join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
				'run',
				'--project',
				'unit',
				'test/unit/survey-content.test.ts',
			],
			{ ATLAS_TEST_SURVEY: survey },
		);
		expect(tests.code, tests.output).toBe(0);
		expect(tests.output).toMatch(/Tests\s+\d+ passed/);
	});

	test('npm run build builds the new page', async () => {
		build = await buildSurvey(survey, 'contributing-pr');
		expect(build.code, build.stdout + build.stderr).toBe(0);
		const page = readFileSync(join(build.outDir, 'papers', SLUG, 'index.html'), 'utf8');
		expect(page).toContain('Behavior Transformers');
		expect(page).toContain('href="/papers/vq-bet/"');
	});

	test('the link check of the changed notes checks only the new note and passes', async () => {
		const checked: string[] = [];
		let output = '';
		const code = await runCheck({
			argv: ['--links', '--since', 'HEAD~1'],
			env: { ATLAS_SURVEY: survey },
			stdout: { write: (text) => (output += text) },
			// No network in tests: every address answers, and the test records which were asked.
			fetch: (url) => {
				checked.push(String(url));
				return Promise.resolve(new Response('', { status: 200 }));
			},
		});
		expect(code, output).toBe(0);
		expect(output).toMatch(/Links: \d+ checked, 0 broken \(1 note changed since HEAD~1\)/);
		expect(checked).toEqual(expect.arrayContaining(['https://github.com/notmahi/bet']));
	});
});
