/**
 * `npm run release -- <version> [--date YYYY-MM-DD]`: publishes a version of the survey that stays put.
 *
 * 1. Sets the version in package.json, survey.yaml, CITATION.cff and .zenodo.json.
 * 2. Lists the papers added, re-tagged and corrected since the last release (from git history when its tag exists,
 *    else from the notes' `added` and `updated` dates) in `releases/<version>/release.json` and CHANGELOG.md.
 * 3. Builds the site and prints the PDF, then snapshots papers.json, papers.bib, papers.csl.json and the PDF into
 *    `releases/<version>/`, which every later build copies to `/releases/<version>/`.
 * 4. Commits those files and tags the commit `v<version>`; pushing the tag runs the release workflow.
 *
 * The date is the only input taken from the clock, and it is written into the committed files: builds stay
 * byte-identical.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { releaseProblems, type Problem } from '../errors/catalogue.ts';
import { formatDiagnostics, hasErrors } from '../errors/diagnostic.ts';
import {
	buildCitationCff,
	buildZenodoJson,
	formatCitationCff,
	surveyUrl,
} from '../lib/citations/citation-files.ts';
import { diffByDates, diffNotes, formatChangelogSection, insertChangelogSection } from './diff-releases.ts';
import { compareVersions, getPdfFileName } from '../lib/survey-edition.ts';
import { isPartialDate } from '../schemas/partial-date.ts';
import type { Release } from '../schemas/release.ts';
import {
	commitAndTag,
	hasGitRef,
	listUncommitted,
	readNotesAtRef,
	snapshotNote,
	type NoteSnapshot,
} from '../survey/git-notes.ts';
import { loadSurvey } from '../survey/load-survey.ts';
import { resolveSurveyPaths } from '../survey/survey-paths.ts';
import { readReleaseManifests } from '../survey/read-releases.ts';
import { readUtf8 } from '../survey/read-source.ts';
import { resolveSiteDir, resolveSurveyRoot } from '../survey/survey-root.ts';
import { isRunDirectly } from './is-run-directly.ts';
import { printPdf } from './print-pdf.ts';

/** The exports every release snapshots, besides the PDF. */
const EXPORTS = ['papers.json', 'papers.bib', 'papers.csl.json'];

/** What the release takes from the outside world; tests pass their own. */
export interface ReleaseEnvironment {
	argv?: readonly string[];
	env?: NodeJS.ProcessEnv;
	/** The generator's folder (package.json, astro.config.mjs); defaults to the working directory. */
	cwd?: string;
	stdout?: { write: (text: string) => unknown };
	/** Today in UTC as YYYY-MM-DD, when `--date` is not given. */
	today?: () => string;
}

const RELEASE_USAGE = `Usage: npm run release -- <version> [--date YYYY-MM-DD]

Publishes a citable version of the survey (ATLAS_SURVEY, or this folder) from a clean working tree: sets the version,
lists the changes since the last release, builds the site and the PDF, snapshots the exports into releases/<version>/,
writes the CHANGELOG section, commits and tags v<version>. README.md, "Citable releases", says more.

  --date YYYY-MM-DD   the release date written into the files (default: today in UTC)
  -h, --help          print this help
`;

const formatProblem = (problem: Problem) =>
	`${problem.severity}: ${problem.message} (${problem.rule})\n  hint: ${problem.hint}\n`;

/** Runs `npm run release`; returns the exit code. */
export async function runRelease({
	argv = process.argv.slice(2),
	env = process.env,
	cwd = process.cwd(),
	stdout = process.stdout,
	today = () => new Date().toISOString().slice(0, 10),
}: ReleaseEnvironment = {}): Promise<number> {
	const write = (text: string) => void stdout.write(text);
	const fail = (problem: Problem) => (write(formatProblem(problem)), 1);
	let parsed: { values: { date?: string; help?: boolean }; positionals: string[] };
	try {
		parsed = parseArgs({
			args: [...argv],
			options: { date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		return fail(releaseProblems.usage((error as Error).message.replace(/\.$/, '')));
	}
	if (parsed.values.help) {
		write(RELEASE_USAGE);
		return 0;
	}
	const [version, ...extra] = parsed.positionals;
	if (!version || extra.length > 0) return fail(releaseProblems.usage('give exactly one version'));
	if (!/^\d+\.\d+\.\d+$/.test(version))
		return fail(releaseProblems.usage(`"${version}" is not a version such as 0.2.0`));
	const date = parsed.values.date ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isPartialDate(date))
		return fail(releaseProblems.usage(`"${date}" is not a date written as YYYY-MM-DD`));

	const root = resolveSurveyRoot(env);
	const paths = resolveSurveyPaths(root);
	const tag = `v${version}`;
	const dirty = listUncommitted(root);
	if (dirty.length > 0) return fail(releaseProblems.dirtyTree(dirty));
	if (hasGitRef(root, `refs/tags/${tag}`)) return fail(releaseProblems.tagExists(tag));
	const previous = (readReleaseManifests(paths.releases) as Release[]).sort((a, b) =>
		compareVersions(b.version, a.version),
	)[0];
	if (previous && compareVersions(version, previous.version) <= 0)
		return fail(releaseProblems.versionNotNewer(version, previous.version));

	const { survey, diagnostics } = loadSurvey(root);
	if (!survey || hasErrors(diagnostics)) {
		write(
			`${formatDiagnostics(diagnostics)}\n\nThe survey has errors, so it cannot be released. Nothing was changed.\n`,
		);
		return 1;
	}

	const current = new Map<string, NoteSnapshot & { added: string; updated?: string }>();
	for (const paper of survey.papers) {
		const note = snapshotNote(readUtf8(join(root, paper.file))!.text);
		if (note)
			current.set(paper.slug, {
				...note,
				added: paper.data.added,
				...(paper.data.updated && { updated: paper.data.updated }),
			});
	}
	const changes =
		previous && hasGitRef(root, `refs/tags/${previous.tag}`)
			? diffNotes(readNotesAtRef(paths.papers, previous.tag), current)
			: diffByDates(current, previous?.date);
	const pdfName = getPdfFileName(survey.config.title);
	const release: Release = {
		version,
		date,
		tag,
		counts: { papers: survey.papers.length, chapters: survey.chapters.length },
		changes,
		files: [...EXPORTS, pdfName],
	};
	const releaseDir = join(paths.releases, version);
	const changed: string[] = [];
	const writeFile = (file: string, text: string) => {
		writeFileSync(file, text);
		changed.push(file);
	};

	try {
		const config = { ...survey.config, version };
		const edition = { version, date, released: true };
		const surveyYaml = readUtf8(paths.config)!.text;
		writeFile(
			paths.config,
			/^version:.*$/m.test(surveyYaml)
				? surveyYaml.replace(/^version:.*$/m, `version: ${version}`)
				: surveyYaml.replace(/^(title:.*\n)/m, `$1version: ${version}\n`),
		);
		const packageFile = join(cwd, 'package.json');
		if (existsSync(packageFile))
			writeFile(
				packageFile,
				readFileSync(packageFile, 'utf8').replace(
					/^(\t|\s+)"version": "[^"]*"/m,
					`$1"version": "${version}"`,
				),
			);
		writeFile(join(root, 'CITATION.cff'), formatCitationCff(buildCitationCff(config, edition)));
		writeFile(join(root, '.zenodo.json'), `${JSON.stringify(buildZenodoJson(config, edition), null, 2)}\n`);
		mkdirSync(releaseDir, { recursive: true });
		writeFile(join(releaseDir, 'release.json'), `${JSON.stringify(release, null, '\t')}\n`);

		write(`Building the site for ${version}…\n`);
		const siteDir = resolveSiteDir(env, cwd);
		execFileSync(process.execPath, [join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
			cwd,
			env: { ...env, ATLAS_SURVEY: root, ATLAS_OUT_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
			stdio: ['ignore', 'ignore', 'pipe'],
			maxBuffer: 256 * 1024 * 1024,
		});
		write('Printing the PDF…\n');
		const printed = await printPdf({ siteDir, base: config.base, file: join(siteDir, pdfName) });
		if ('rule' in printed) throw new Error(printed.message);
		for (const file of release.files) {
			copyFileSync(join(siteDir, file), join(releaseDir, file));
			changed.push(join(releaseDir, file));
		}
		// The built site predates the snapshot; copy it in so dist/ can be deployed as it is.
		mkdirSync(join(siteDir, 'releases', version), { recursive: true });
		for (const file of [...release.files, 'release.json'])
			copyFileSync(join(releaseDir, file), join(siteDir, 'releases', version, file));

		const changelogFile = join(root, 'CHANGELOG.md');
		const changelog = existsSync(changelogFile) ? readUtf8(changelogFile)!.text : '# Changelog\n';
		writeFile(
			changelogFile,
			insertChangelogSection(
				changelog,
				formatChangelogSection(release, new URL(`releases/${version}/`, surveyUrl(config)).href),
			),
		);
		commitAndTag(
			root,
			[...new Set(changed)].map((file) => relative(root, file)).filter((file) => !file.startsWith('..')),
			`Release ${version}\n\n${changes.added.length} papers added, ${changes.retagged.length} re-tagged, ${changes.corrected.length} corrected since ${previous ? previous.version : 'the start'}.`,
			tag,
		);
		if (existsSync(packageFile) && relative(root, packageFile).startsWith('..'))
			write(`Note: ${packageFile} is outside the survey's repository folder; commit it yourself.\n`);
	} catch (error) {
		const detail =
			error instanceof Error
				? (error as Error & { stderr?: string }).stderr?.toString().trim() || error.message
				: String(error);
		rmSync(releaseDir, { recursive: true, force: true });
		rmSync(releaseDir, { recursive: true, force: true });
		return fail(
			releaseProblems.stepFailed(
				'building and snapshotting the release',
				detail.split('\n').slice(-5).join(' '),
			),
		);
	}
	write(
		`Released ${version} (${date}): ${changes.added.length} added, ${changes.retagged.length} re-tagged, ${changes.corrected.length} corrected. Tagged ${tag}.\nPush the commit and the tag (git push --follow-tags) to publish it.\n`,
	);
	return 0;
}

if (isRunDirectly(import.meta.url)) {
	void runRelease().then((code) => {
		process.exitCode = code;
	});
}
