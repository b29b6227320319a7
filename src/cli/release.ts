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
import type { SurveyConfig } from '../schemas/survey-config.ts';
import {
	commitAndTag,
	hasGitRef,
	listUncommitted,
	readNotesAtRef,
	snapshotNote,
	type NoteSnapshot,
} from '../survey/git-notes.ts';
import { loadSurvey, type LoadedSurvey } from '../survey/load-survey.ts';
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

/** The command line, read and checked. */
interface ReleaseRequest {
	version: string;
	date: string;
}

/** A stage that ends the command: what it has to say, and the exit code. */
interface Stop {
	exitCode: number;
	problems: Problem[];
	/** Text for standard output (the usage). */
	output?: string;
}

/** Where the release is written: the survey, the generator's folder and the release's own folder. */
interface ReleasePlace {
	root: string;
	paths: SurveyPaths;
	cwd: string;
	env: NodeJS.ProcessEnv;
	releaseDir: string;
}

type SurveyPaths = ReturnType<typeof resolveSurveyPaths>;

/** A note as the release diff compares it, with its dates. */
type DatedSnapshot = NoteSnapshot & { added: string; updated?: string };

/**
 * Runs `npm run release`; returns the exit code. It runs in stages: the command line, whether the survey can be
 * released (a clean tree, a new version, no error), the changes since the last release, then the release's files,
 * its site and snapshot, and its CHANGELOG section, commit and tag. Until the commit, a failure removes the
 * release's folder.
 */
export async function runRelease({
	argv = process.argv.slice(2),
	env = process.env,
	cwd = process.cwd(),
	stdout = process.stdout,
	today = () => new Date().toISOString().slice(0, 10),
}: ReleaseEnvironment = {}): Promise<number> {
	const write = (text: string) => void stdout.write(text);
	const stop = ({ exitCode, problems, output }: Stop) => {
		if (output !== undefined) write(output);
		for (const problem of problems) write(formatProblem(problem));
		return exitCode;
	};
	const request = readReleaseRequest(argv, today);
	if ('exitCode' in request) return stop(request);
	const { version, date } = request;

	const root = resolveSurveyRoot(env);
	const paths = resolveSurveyPaths(root);
	const tag = `v${version}`;
	const previous = findPreviousRelease(root, paths, version, tag);
	if ('exitCode' in previous) return stop(previous);

	const { survey, diagnostics } = loadSurvey(root);
	if (!survey || hasErrors(diagnostics)) {
		write(
			`${formatDiagnostics(diagnostics)}\n\nThe survey has errors, so it cannot be released. Nothing was changed.\n`,
		);
		return 1;
	}
	const changes = listChangesSince(previous.release, root, paths, survey);
	const release: Release = {
		version,
		date,
		tag,
		counts: { papers: survey.papers.length, chapters: survey.chapters.length },
		changes,
		files: [...EXPORTS, getPdfFileName(survey.config.title)],
	};
	const place = { root, paths, cwd, env, releaseDir: join(paths.releases, version) };
	try {
		const config = { ...survey.config, version };
		const changed = writeReleaseFiles(place, config, release);
		await buildAndSnapshot(place, config, release, changed, write);
		writeChangelogAndTag(place, config, release, previous.release, changed, write);
	} catch (error) {
		rmSync(place.releaseDir, { recursive: true, force: true });
		return stop({ exitCode: 1, problems: [describeStepFailure(error)] });
	}
	write(
		`Released ${version} (${date}): ${changes.added.length} added, ${changes.retagged.length} re-tagged, ${changes.corrected.length} corrected. Tagged ${tag}.\nPush the commit and the tag (git push --follow-tags) to publish it.\n`,
	);
	return 0;
}

// The arguments stage: exactly one version such as 0.2.0, and a date written as YYYY-MM-DD (default: today).
function readReleaseRequest(argv: readonly string[], today: () => string): ReleaseRequest | Stop {
	const usage = (reason: string): Stop => ({ exitCode: 1, problems: [releaseProblems.usage(reason)] });
	let parsed: { values: { date?: string; help?: boolean }; positionals: string[] };
	try {
		parsed = parseArgs({
			args: [...argv],
			options: { date: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
			allowPositionals: true,
			strict: true,
		});
	} catch (error) {
		return usage((error as Error).message.replace(/\.$/, ''));
	}
	if (parsed.values.help) return { exitCode: 0, problems: [], output: RELEASE_USAGE };
	const [version, ...extra] = parsed.positionals;
	if (!version || extra.length > 0) return usage('give exactly one version');
	if (!/^\d+\.\d+\.\d+$/.test(version)) return usage(`"${version}" is not a version such as 0.2.0`);
	const date = parsed.values.date ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isPartialDate(date))
		return usage(`"${date}" is not a date written as YYYY-MM-DD`);
	return { version, date };
}

// Whether the survey can be released as `version`: a clean working tree, a tag not yet taken, and a version newer
// than the last release, which it returns.
function findPreviousRelease(
	root: string,
	paths: SurveyPaths,
	version: string,
	tag: string,
): { release: Release | undefined } | Stop {
	const refuse = (problem: Problem): Stop => ({ exitCode: 1, problems: [problem] });
	const dirty = listUncommitted(root);
	if (dirty.length > 0) return refuse(releaseProblems.dirtyTree(dirty));
	if (hasGitRef(root, `refs/tags/${tag}`)) return refuse(releaseProblems.tagExists(tag));
	const previous = (readReleaseManifests(paths.releases) as Release[]).sort((a, b) =>
		compareVersions(b.version, a.version),
	)[0];
	if (previous && compareVersions(version, previous.version) <= 0)
		return refuse(releaseProblems.versionNotNewer(version, previous.version));
	return { release: previous };
}

// The changes stage: the papers added, re-tagged and corrected since the last release, from git history when its
// tag exists, else from the notes' `added` and `updated` dates.
function listChangesSince(
	previous: Release | undefined,
	root: string,
	paths: SurveyPaths,
	survey: LoadedSurvey,
): Release['changes'] {
	const current = new Map<string, DatedSnapshot>();
	for (const paper of survey.papers) {
		const note = snapshotNote(readUtf8(join(root, paper.file))!.text);
		if (note)
			current.set(paper.slug, {
				...note,
				added: paper.data.added,
				...(paper.data.updated && { updated: paper.data.updated }),
			});
	}
	return previous && hasGitRef(root, `refs/tags/${previous.tag}`)
		? diffNotes(readNotesAtRef(paths.papers, previous.tag), current)
		: diffByDates(current, previous?.date);
}

// Sets the version in survey.yaml and package.json, writes CITATION.cff, .zenodo.json and release.json, and
// returns the files written.
function writeReleaseFiles(
	{ root, paths, cwd, releaseDir }: ReleasePlace,
	config: SurveyConfig,
	release: Release,
): string[] {
	const { version, date } = release;
	const changed: string[] = [];
	const writeFile = (file: string, text: string) => {
		writeFileSync(file, text);
		changed.push(file);
	};
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
			readFileSync(packageFile, 'utf8').replace(/^(\t|\s+)"version": "[^"]*"/m, `$1"version": "${version}"`),
		);
	writeFile(join(root, 'CITATION.cff'), formatCitationCff(buildCitationCff(config, edition)));
	writeFile(join(root, '.zenodo.json'), `${JSON.stringify(buildZenodoJson(config, edition), null, 2)}\n`);
	mkdirSync(releaseDir, { recursive: true });
	writeFile(join(releaseDir, 'release.json'), `${JSON.stringify(release, null, '\t')}\n`);
	return changed;
}

// Builds the site and prints the PDF, snapshots the exports into the release's folder, and copies them into the
// built site, which predates the snapshot, so dist/ can be deployed as it is.
async function buildAndSnapshot(
	{ cwd, env, root, releaseDir }: ReleasePlace,
	config: SurveyConfig,
	release: Release,
	changed: string[],
	write: (text: string) => void,
): Promise<void> {
	const { version } = release;
	write(`Building the site for ${version}…\n`);
	const siteDir = resolveSiteDir(env, cwd);
	execFileSync(process.execPath, [join(cwd, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
		cwd,
		env: { ...env, ATLAS_SURVEY: root, ATLAS_OUT_DIR: siteDir, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'ignore', 'pipe'],
		maxBuffer: 256 * 1024 * 1024,
	});
	write('Printing the PDF…\n');
	const pdfFile = join(siteDir, getPdfFileName(config.title));
	const printed = await printPdf({ siteDir, base: config.base, file: pdfFile });
	if ('rule' in printed) throw new Error(printed.message);
	for (const file of release.files) {
		copyFileSync(join(siteDir, file), join(releaseDir, file));
		changed.push(join(releaseDir, file));
	}
	mkdirSync(join(siteDir, 'releases', version), { recursive: true });
	for (const file of [...release.files, 'release.json'])
		copyFileSync(join(releaseDir, file), join(siteDir, 'releases', version, file));
}

// Writes the release's CHANGELOG section, then commits every file the release changed in the survey's repository
// and tags the commit.
function writeChangelogAndTag(
	{ root, cwd }: ReleasePlace,
	config: SurveyConfig,
	release: Release,
	previous: Release | undefined,
	changed: string[],
	write: (text: string) => void,
): void {
	const { version, changes } = release;
	const changelogFile = join(root, 'CHANGELOG.md');
	const changelog = existsSync(changelogFile) ? readUtf8(changelogFile)!.text : '# Changelog\n';
	const releaseUrl = new URL(`releases/${version}/`, surveyUrl(config)).href;
	writeFileSync(
		changelogFile,
		insertChangelogSection(changelog, formatChangelogSection(release, releaseUrl)),
	);
	changed.push(changelogFile);
	commitAndTag(
		root,
		[...new Set(changed)].map((file) => relative(root, file)).filter((file) => !file.startsWith('..')),
		`Release ${version}\n\n${changes.added.length} papers added, ${changes.retagged.length} re-tagged, ${changes.corrected.length} corrected since ${previous ? previous.version : 'the start'}.`,
		release.tag,
	);
	const packageFile = join(cwd, 'package.json');
	if (existsSync(packageFile) && relative(root, packageFile).startsWith('..'))
		write(`Note: ${packageFile} is outside the survey's repository folder; commit it yourself.\n`);
}

// A failed step in a contributor's words: the last lines of the build's error output, or the error's message.
function describeStepFailure(error: unknown): Problem {
	const detail =
		error instanceof Error
			? (error as Error & { stderr?: string }).stderr?.toString().trim() || error.message
			: String(error);
	return releaseProblems.stepFailed(
		'building and snapshotting the release',
		detail.split('\n').slice(-5).join(' '),
	);
}

if (isRunDirectly(import.meta.url)) {
	void runRelease().then((code) => {
		process.exitCode = code;
	});
}
