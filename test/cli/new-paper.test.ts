import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ARXIV_API, runNewPaper, type NewPaperDeps } from '../../src/cli/new-paper';
import { PaperSchema } from '../../src/schemas/paper';
import { loadSurvey } from '../../src/survey/load-survey';
import { parseYaml, splitFrontmatter } from '../../src/survey/read-source';
import { cleanEnv } from '../helpers/build-survey';
import { fixture, repoRoot } from '../helpers/paths';

const recorded = (name: string) => readFileSync(fixture('arxiv', name), 'utf8');

/** A fake arXiv API that answers every query with one recorded feed and remembers what was asked. */
function fakeArxiv(feedFile: string, init: ResponseInit = {}) {
	const urls: string[] = [];
	const fetch: NewPaperDeps['fetch'] = async (url, options) => {
		expect(options.signal).toBeInstanceOf(AbortSignal);
		urls.push(url);
		return new Response(recorded(feedFile), { headers: { 'Content-Type': 'application/atom+xml' }, ...init });
	};
	return { fetch, urls };
}

const offline: NewPaperDeps['fetch'] = async () => {
	throw new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND export.arxiv.org') });
};
const unused: NewPaperDeps['fetch'] = async () => {
	throw new Error('the network must not be used here');
};

let root: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'atlas-new-'));
	cpSync(fixture('tiny-survey'), root, {
		recursive: true,
		filter: (source) => !/[\\/](?:dist|\.astro)$/.test(source),
	});
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function run(args: string[], fetch: NewPaperDeps['fetch'] = unused, extra: Partial<NewPaperDeps> = {}) {
	let output = '';
	const code = await runNewPaper(args, {
		fetch,
		root,
		today: '2026-11-24',
		stdout: { write: (text: string) => (output += text) },
		cwd: root,
		...extra,
	});
	return { code, output };
}

const note = (slug: string) => join(root, 'content', 'papers', `${slug}.mdx`);
const frontmatter = (slug: string) =>
	parseYaml(splitFrontmatter(readFileSync(note(slug), 'utf8'))!.yaml).data as Record<string, unknown>;
const errorsAbout = (file: string) =>
	loadSurvey(root)
		.diagnostics.filter((diagnostic) => diagnostic.severity === 'error' && diagnostic.file === file)
		.map((diagnostic) => diagnostic.rule);

describe('npm run new <arxiv-id>', () => {
	test('fetches the paper from the arXiv API and writes a note that only lacks its terms', async () => {
		const arxiv = fakeArxiv('2402.01030.xml');
		const { code, output } = await run(['2402.01030'], arxiv.fetch);
		expect(code).toBe(0);
		expect(arxiv.urls).toEqual([`${ARXIV_API}?id_list=2402.01030`]);
		expect(output).toContain('Created content/papers/executable-code-actions-elicit-better.mdx');
		expect(output).toContain(
			'Now choose terms: each facet under "taxonomy:" names its term ids and the suggested ones',
		);

		const data = frontmatter('executable-code-actions-elicit-better');
		expect(PaperSchema.safeParse(data).success).toBe(true);
		expect(data).toEqual({
			title: 'Executable Code Actions Elicit Better LLM Agents',
			authors: [
				'Xingyao Wang',
				'Yangyi Chen',
				'Lifan Yuan',
				'Yizhe Zhang',
				'Yunzhu Li',
				'Hao Peng',
				'Heng Ji',
			],
			date: '2024-02-01',
			arxiv: '2402.01030',
			links: { pdf: 'https://arxiv.org/pdf/2402.01030' },
			sources: [{ url: 'https://arxiv.org/abs/2402.01030', title: 'arXiv listing' }],
			summary: 'TODO: one sentence on what the paper contributes.',
			taxonomy: { method: [], setting: [] },
			added: '2026-11-24',
		});
		// The tiny survey's one required facet is "method": exactly what check must ask the contributor for.
		expect(errorsAbout('content/papers/executable-code-actions-elicit-better.mdx')).toEqual([
			'required-facet',
		]);
	});

	test('accepts arXiv: prefixes, versions and abs links, asks for the bare id and stores it without version', async () => {
		const arxiv = fakeArxiv('2402.01030v2.xml');
		expect((await run(['https://arxiv.org/abs/2402.01030v2', '--slug', 'codeact'], arxiv.fetch)).code).toBe(
			0,
		);
		expect(arxiv.urls).toEqual([`${ARXIV_API}?id_list=2402.01030`]);
		expect(frontmatter('codeact')).toMatchObject({ arxiv: '2402.01030', date: '2024-02-01' });

		rmSync(note('codeact'));
		expect((await run(['arXiv:2402.01030', '--slug', 'codeact'], arxiv.fetch)).code).toBe(0);
		expect(arxiv.urls).toHaveLength(2);
	});

	test('without network, says so and suggests the offline routes, with exit code 1 and no stack trace', async () => {
		const { code, output } = await run(['2402.01030'], offline);
		expect(code).toBe(1);
		expect(output).toContain(
			'The arXiv API (export.arxiv.org) could not be reached: fetch failed (getaddrinfo ENOTFOUND export.arxiv.org)',
		);
		expect(output).toContain('npm run new -- --bibtex refs.bib');
		expect(output).toContain('npm run new -- --title "…"');
		expect(output).toContain('by hand');
		expect(output).not.toMatch(/^\s+at /m);
		expect(existsSync(note('executable-code-actions-elicit-better'))).toBe(false);
	});

	test('gives up after the timeout', async () => {
		const hanging: NewPaperDeps['fetch'] = (_url, { signal }) =>
			new Promise((_resolve, reject) =>
				signal.addEventListener('abort', () => reject(signal.reason as Error)),
			);
		const { code, output } = await run(['2402.01030'], hanging, { timeoutMs: 20 });
		expect(code).toBe(1);
		expect(output).toContain('could not be reached: no answer within 0.02 seconds');
	});

	test('reports an HTTP error, an unknown id and a malformed id', async () => {
		const busy = await run(['2402.01030'], fakeArxiv('2402.01030.xml', { status: 503 }).fetch);
		expect(busy).toMatchObject({ code: 1, output: expect.stringContaining('answered with HTTP 503') });

		const unknown = await run(['2402.99999'], fakeArxiv('unknown-id.xml').fetch);
		expect(unknown).toMatchObject({
			code: 1,
			output: expect.stringContaining('arXiv has no paper with the id 2402.99999'),
		});

		const malformed = await run(['codeact']);
		expect(malformed).toMatchObject({
			code: 1,
			output: expect.stringContaining('"codeact" is not an arXiv id or arxiv.org link'),
		});
	});

	test('refuses an answer about another paper than the one asked for', async () => {
		const { code, output } = await run(['2402.01031'], fakeArxiv('2402.01030.xml').fetch);
		expect(code).toBe(1);
		expect(output).toContain('arXiv has no paper with the id 2402.01031');
	});
});

describe('refusals', () => {
	test('never overwrites an existing note', async () => {
		const before = readFileSync(note('alpha-planner'), 'utf8');
		const { code, output } = await run(['--title', 'Something Else Entirely', '--slug', 'alpha-planner']);
		expect(code).toBe(1);
		expect(output).toContain(
			'content/papers/alpha-planner.mdx already exists; npm run new never overwrites a note. (note-exists)',
		);
		expect(readFileSync(note('alpha-planner'), 'utf8')).toBe(before);
	});

	test('refuses a later version of a paper already in the survey, without asking arXiv', async () => {
		expect((await run(['2402.01030', '--slug', 'codeact'], fakeArxiv('2402.01030.xml').fetch)).code).toBe(0);
		const { code, output } = await run(['2402.01030v2', '--slug', 'codeact-again']);
		expect(code).toBe(1);
		expect(output).toContain(
			'already in the survey as content/papers/codeact.mdx, which has the arXiv id 2402.01030 (versions of one preprint count as the same paper). (duplicate-paper)',
		);
		expect(existsSync(note('codeact-again'))).toBe(false);

		const alpha = await run(['arXiv:2403.00001v3']);
		expect(alpha.output).toContain('content/papers/alpha-planner.mdx');
	});

	test('refuses a paper whose arXiv answer repeats an existing note', async () => {
		writeFileSync(
			note('codeact'),
			readFileSync(note('beta-learner'), 'utf8').replace(
				/^title: .*$/m,
				'title: "Executable code actions elicit better LLM agents."',
			),
		);
		const { code, output } = await run(['2402.01030'], fakeArxiv('2402.01030v2.xml').fetch);
		expect(code).toBe(1);
		expect(output).toContain('already in the survey as content/papers/codeact.mdx: the titles match');
	});

	test('refuses the same DOI', async () => {
		const first = join(root, 'first.bib');
		writeFileSync(
			first,
			'@article{epsilon, title={Epsilon: Walking Before Running}, author={Example, Eve}, year={2024}, doi={10.5555/epsilon.1}}',
		);
		expect((await run(['--bibtex', first])).code).toBe(0);
		writeFileSync(
			join(root, 'second.bib'),
			'@article{published, title={Walking Before Running, Revised}, author={Example, Eve}, year={2025}, doi={https://doi.org/10.5555/EPSILON.1}}',
		);
		const { code, output } = await run(['--bibtex', 'second.bib']);
		expect(code).toBe(1);
		expect(output).toContain(
			'already in the survey as content/papers/epsilon.mdx, which has the DOI 10.5555/epsilon.1',
		);
	});

	test('refuses the same title after normalisation, naming the existing note', async () => {
		const { code, output } = await run([
			'--title',
			'alpha planner -- searching before acting!',
			'--slug',
			'alpha-again',
		]);
		expect(code).toBe(1);
		expect(output).toContain(
			'The paper "alpha planner -- searching before acting!" is already in the survey as content/papers/alpha-planner.mdx',
		);
		expect(output).toContain('hint: Edit content/papers/alpha-planner.mdx instead of adding a second note');
		expect(existsSync(note('alpha-again'))).toBe(false);
	});
});

describe('npm run new --bibtex and --title', () => {
	test('writes one note per BibTeX entry', async () => {
		const { code, output } = await run(['--bibtex', fixture('bibtex', 'two-papers.bib')]);
		expect(code).toBe(0);
		expect(output).toContain('Created content/papers/toolchain.mdx (BibTeX entry zhuang2023toolchain)');
		expect(output).toContain('Created content/papers/openha.mdx (BibTeX entry wang2025openha)');
		expect(frontmatter('toolchain')).toMatchObject({
			title: 'ToolChain*: Efficient Action Space Navigation in Large Language Models with A* Search',
			date: '2023-10',
			arxiv: '2310.13227',
			venue: 'ICLR 2024',
		});
		expect(frontmatter('openha')).toMatchObject({
			authors: [
				'Zihao Wang',
				'Muyao Li',
				'Kaichen He',
				'Xiangyu Wang',
				'Zhancun Mu',
				'Anji Liu',
				'Yitao Liang',
			],
			arxiv: '2509.13347',
			venue: 'arXiv',
		});
		expect(errorsAbout('content/papers/toolchain.mdx')).toEqual(['required-facet']);
		expect(errorsAbout('content/papers/openha.mdx')).toEqual(['required-facet']);
	});

	test('imports five landmark papers with readable slugs; filling only the new notes makes check pass', async () => {
		// A note written before OpenVLA joined names it by arXiv id, as the real survey's cogact.mdx does.
		const beta = note('beta-learner');
		writeFileSync(
			beta,
			readFileSync(beta, 'utf8').replace(
				'added: 2026-11-02',
				'relations:\n  - type: compares-with\n    arxiv: "2406.09246v2"\n    name: OpenVLA\nadded: 2026-11-02',
			),
		);
		const before = readFileSync(beta, 'utf8');
		const { code, output } = await run(['--bibtex', fixture('bibtex', 'five-papers.bib')]);
		expect(code).toBe(0);
		for (const slug of ['pi0', 'pi0-5', 'openvla', 'rt-2', 'fast'])
			expect(output).toContain(`Created content/papers/${slug}.mdx`);
		expect(output).toContain('  slug: pi0, so its page is /papers/pi0/');
		expect(output).toMatch(/Suggested terms, from the title alone .*\n {4}method: \w/);
		expect(readFileSync(note('pi0'), 'utf8')).toMatch(/ {2}# {3}suggested: [\w-]+.*\n {2}method: \[\]/);
		expect(frontmatter('pi0')['title']).toBe(
			'π₀: A Vision-Language-Action Flow Model for General Robot Control',
		);
		expect(frontmatter('pi0-5')['title']).toBe(
			'π0.5: a Vision-Language-Action Model with Open-World Generalization',
		);
		expect(output).toContain(
			'This note names the paper by its arXiv id; the relation now points to openvla, and both pages show it:\n    content/papers/beta-learner.mdx\n',
		);

		// The contributor fills the new notes only: a term for the required facet.
		for (const slug of ['pi0', 'pi0-5', 'openvla', 'rt-2', 'fast'])
			writeFileSync(note(slug), readFileSync(note(slug), 'utf8').replace('method: []', 'method: [learning]'));
		const { diagnostics } = loadSurvey(root);
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect(
			diagnostics.filter((d) => d.file === 'content/papers/beta-learner.mdx').map((d) => d.rule),
		).toEqual(['relation-use-slug']);
		expect(readFileSync(beta, 'utf8')).toBe(before);
	});

	test('creates what it can and reports the rest, including repeats within the file', async () => {
		writeFileSync(
			join(root, 'mixed.bib'),
			[
				'@misc{untitled, author={Example, Ada}}',
				'@misc{one, title={Zeta: One Example}}',
				'@misc{two, title={ZETA: one example.}}',
			].join('\n'),
		);
		const { code, output } = await run(['--bibtex', 'mixed.bib']);
		expect(code).toBe(1);
		expect(output).toContain('The BibTeX entry "untitled" has no title');
		expect(output).toContain('Created content/papers/zeta.mdx');
		expect(output).toContain('already in the survey as content/papers/zeta.mdx');
	});

	test('reports a missing or broken BibTeX file', async () => {
		expect(await run(['--bibtex', 'nowhere.bib'])).toMatchObject({
			code: 1,
			output: expect.stringContaining('The BibTeX file nowhere.bib cannot be read: there is no such file.'),
		});
		writeFileSync(join(root, 'broken.bib'), '@article{broken, title={Unclosed');
		const broken = await run(['--bibtex', 'broken.bib']);
		expect(broken).toMatchObject({
			code: 1,
			output: expect.stringContaining('broken.bib is not valid BibTeX:'),
		});
		expect(broken.output).not.toMatch(/^\s+at /m);
		writeFileSync(join(root, 'empty.bib'), '% nothing here\n');
		expect((await run(['--bibtex', 'empty.bib'])).output).toContain('empty.bib contains no BibTeX entries');
	});

	test('--title writes a blank note whose missing facts the validator names', async () => {
		const { code, output } = await run(['--title', 'Omega: A Paper Known Only by Its Title']);
		expect(code).toBe(0);
		expect(output).toContain('content/papers/omega.mdx: add the authors and date from the paper itself');
		expect(frontmatter('omega')).toMatchObject({
			title: 'Omega: A Paper Known Only by Its Title',
			authors: [],
			taxonomy: { method: [], setting: [] },
		});
		expect(errorsAbout('content/papers/omega.mdx').sort()).toEqual(['invalid-field', 'missing-field']);
	});
});

describe('usage', () => {
	test('rejects missing, conflicting and unknown arguments with exit code 2', async () => {
		expect(await run([])).toMatchObject({
			code: 2,
			output: expect.stringContaining('no arXiv id, --bibtex file or --title was given'),
		});
		expect(await run(['2402.01030', '--title', 'X'])).toMatchObject({
			code: 2,
			output: expect.stringContaining('give only one'),
		});
		expect(await run(['2402.01030', '2403.00001'])).toMatchObject({
			code: 2,
			output: expect.stringContaining('one arXiv id at a time'),
		});
		expect(await run(['--tittle', 'X'])).toMatchObject({
			code: 2,
			output: expect.stringContaining("Unknown option '--tittle'"),
		});
		expect(await run(['--title', 'X', '--slug', 'Bad_Slug'])).toMatchObject({
			code: 2,
			output: expect.stringContaining('--slug bad-slug'),
		});
		expect(await run(['--bibtex', fixture('bibtex', 'two-papers.bib'), '--slug', 'one'])).toMatchObject({
			code: 2,
			output: expect.stringContaining('the BibTeX file has 2 entries'),
		});
		expect(await run(['--help'])).toMatchObject({
			code: 0,
			output: expect.stringContaining('npm run new -- --bibtex <file.bib>'),
		});
	});

	test('reports a survey whose taxonomy cannot be read', async () => {
		rmSync(join(root, 'taxonomy', 'setting.yaml'));
		expect(await run(['--title', 'X'])).toMatchObject({
			code: 1,
			output: expect.stringContaining('taxonomy/setting.yaml does not exist'),
		});
	});

	test('runs as a script through tsx, as npm run new does, naming the survey of ATLAS_SURVEY from where it was typed', async () => {
		const result = await new Promise<{ code: number; stdout: string }>((resolve) =>
			execFile(
				process.execPath,
				[
					join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
					'src/cli/new-paper.ts',
					'--title',
					'Sigma: Run From The Command Line',
				],
				// Typed in the folder above the survey, as `ATLAS_SURVEY=<folder> npm run new …`; npm runs the script from
				// the package folder and says where it was typed in INIT_CWD.
				{ cwd: repoRoot, env: cleanEnv({ ATLAS_SURVEY: basename(root), INIT_CWD: dirname(root) }) },
				(error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
			),
		);
		const named = basename(root);
		expect(result.stdout).toMatch(new RegExp(`^Survey: ${named}/ \\(ATLAS_SURVEY\\)\n`));
		expect(result.stdout).toContain(`Created ${named}/content/papers/sigma.mdx`);
		expect(result.stdout).toContain(`\`ATLAS_SURVEY=${named} npm run suggest -- sigma\` explains`);
		expect(result.stdout).toContain(
			`Run \`ATLAS_SURVEY=${named} npm run check\` until it reports no errors, then \`ATLAS_SURVEY=${named} npm start\` to preview.`,
		);
		expect(result.code).toBe(0);
		expect(frontmatter('sigma')['added']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});
});
