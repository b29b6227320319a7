/**
 * `npm run check`: validates the whole survey without building it and prints every problem as
 * `path:line:column: message (rule-id)` with a hint. Exits 1 when there is an error; warnings alone pass.
 *
 * `npm run check -- --links [--since <git-ref>]` then checks the external links of the notes changed since the ref
 * (of every note without `--since`). A broken link is an error; with no network at all the check is skipped.
 */
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { formatDiagnostics, formatProblem, hasErrors, type Diagnostic } from '../errors/diagnostic.ts';
import { formatAnnotations, formatStepSummary } from './github-annotations.ts';
import { listChangedNotes, listNoteFiles } from '../survey/changed-notes.ts';
import {
	checkLinks,
	readLinkTargets,
	type CheckLinksOptions,
	type FetchLike,
} from '../survey/check-links.ts';
import { loadSurvey } from '../survey/load-survey.ts';
import { resolveSurveyRoot } from '../survey/survey-root.ts';
import { resolveSurveyContext } from './survey-context.ts';
import { isRunDirectly } from './is-run-directly.ts';

/** What the check takes from the outside world; tests replace any part of it. */
export interface CheckEnvironment {
	/** Command-line arguments after the script's name, e.g. `['--links', '--since', 'origin/main']`. */
	argv?: readonly string[];
	env?: NodeJS.ProcessEnv;
	stdout?: { write: (text: string) => unknown };
	fetch?: FetchLike;
	/** Timeout, retries and concurrency of the link check. */
	linkOptions?: Omit<CheckLinksOptions, 'fetch'>;
}

const USAGE = `Usage: npm run check [-- --links [--since <git-ref>]]

Validates the survey (ATLAS_SURVEY, or this folder) without building it: every problem as file:line:column with a
hint. Exits 1 on an error; warnings alone pass. CONTRIBUTING.md lists the rules and their severity.

  --links          also check the external links of the notes (a broken link is an error; skipped offline)
  --since <ref>    with --links: only the notes changed since the git ref, e.g. origin/main
  -h, --help       print this help`;

/**
 * Runs `npm run check` and returns its exit code: 0 passed, 1 errors or broken links, 2 a wrong command line or git ref.
 * In a GitHub workflow (GITHUB_ACTIONS=true) it also annotates the problems it printed on their files and lines, and
 * appends the full list to the job summary (GITHUB_STEP_SUMMARY).
 */
export async function runCheck(environment: CheckEnvironment = {}): Promise<number> {
	const found: Diagnostic[] = [];
	const code = await checkSurvey(environment, found);
	const { env = process.env, stdout = process.stdout } = environment;
	if (env.GITHUB_ACTIONS === 'true') {
		// Paths in annotations are relative to the repository (the workspace), the survey folder may be below it.
		const surveyFolder = relative(env.GITHUB_WORKSPACE ?? process.cwd(), resolveSurveyRoot(env));
		const pathPrefix = surveyFolder === '' ? '' : `${surveyFolder.split('\\').join('/')}/`;
		const annotations = formatAnnotations(found, { pathPrefix });
		if (annotations.length > 0) stdout.write(`${annotations.join('\n')}\n`);
		if (env.GITHUB_STEP_SUMMARY)
			appendFileSync(
				env.GITHUB_STEP_SUMMARY,
				formatStepSummary(found, { title: 'npm run check', pathPrefix }),
			);
	}
	return code;
}

/** The check itself; every problem it prints is also added to `found`. */
async function checkSurvey(
	{
		argv = process.argv.slice(2),
		env = process.env,
		stdout = process.stdout,
		fetch = globalThis.fetch,
		linkOptions = {},
	}: CheckEnvironment,
	found: Diagnostic[],
): Promise<number> {
	const write = (text: string) => void stdout.write(text);
	let options: { links?: boolean; since?: string; help?: boolean };
	try {
		options = parseArgs({
			args: [...argv],
			options: {
				links: { type: 'boolean' },
				since: { type: 'string' },
				help: { type: 'boolean', short: 'h' },
			},
			strict: true,
			allowPositionals: false,
		}).values;
	} catch (error) {
		write(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (options.help) {
		write(`${USAGE}\n`);
		return 0;
	}
	if (options.since !== undefined && !options.links) {
		write(`--since picks the notes whose links to check, so it needs --links.\n${USAGE}\n`);
		return 2;
	}

	const started = performance.now();
	const survey = resolveSurveyContext(env);
	const { root } = survey;
	write(survey.banner);
	// A wrong ref is a wrong command: say so before validating anything.
	let noteFiles: string[] | undefined;
	if (options.links) {
		const listed =
			options.since === undefined ? { files: listNoteFiles(root) } : listChangedNotes(root, options.since);
		if ('problem' in listed) {
			write(`${formatProblem(listed.problem)}\n`);
			return 2;
		}
		noteFiles = listed.files;
	}

	const { survey: loaded, diagnostics, outlines } = loadSurvey(root);
	found.push(...diagnostics);
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	// Files are named from where the command was typed, so that an editor or terminal opens them as printed.
	const shown = (list: readonly Diagnostic[]) => list.map((d) => ({ ...d, file: survey.path(d.file) }));
	if (diagnostics.length > 0) write(`${formatDiagnostics(shown(diagnostics))}\n`);
	let exitCode = 0;
	if (hasErrors(diagnostics)) {
		write(
			`\nThe survey has errors; fix them and run \`${survey.command('npm run check')}\` again. (${seconds} s)\n`,
		);
		exitCode = 1;
	} else {
		write(
			`Checked ${loaded?.papers.length ?? 0} papers, ${loaded?.chapters.length ?? 0} chapters and ${loaded?.facets.length ?? 0} facets: no errors. (${seconds} s)\n`,
		);
	}
	if (noteFiles === undefined) return exitCode;

	// Links are checked even when validation failed, so that one run reports everything a pull request must fix.
	const linksStarted = performance.now();
	const report = await checkLinks(readLinkTargets(root, noteFiles, outlines), { ...linkOptions, fetch });
	const linkSeconds = ((performance.now() - linksStarted) / 1000).toFixed(2);
	const scope =
		options.since === undefined
			? `${noteFiles.length} ${noteFiles.length === 1 ? 'note' : 'notes'}`
			: `${noteFiles.length} ${noteFiles.length === 1 ? 'note' : 'notes'} changed since ${options.since}`;
	if (report.skipped) {
		write(
			`\nLinks: skipped (no network): none of the first ${report.checked} links in ${scope} got an answer, so this machine looks offline. (${linkSeconds} s)\n`,
		);
		return exitCode;
	}
	found.push(...report.diagnostics);
	if (report.diagnostics.length > 0) write(`\n${formatDiagnostics(shown(report.diagnostics))}\n`);
	const unreachable = report.unreachable > 0 ? `, ${report.unreachable} unreachable` : '';
	write(
		`\nLinks: ${report.checked} checked, ${report.broken} broken${unreachable} (${scope}). (${linkSeconds} s)\n`,
	);
	return report.broken > 0 ? 1 : exitCode;
}

// Run only as a script (`tsx src/cli/check.ts`), not when a test imports `runCheck`.
if (isRunDirectly(import.meta.url)) {
	void runCheck().then((code) => {
		process.exitCode = code;
	});
}
