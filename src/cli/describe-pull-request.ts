/**
 * The pull-request workflow's report for its comment: the notes the pull request adds or changes and, for each, the
 * terms `npm run suggest` proposes that it lacks. It runs with the pull request's code and a read-only token, and
 * writes JSON (src/schemas/pull-request-report.ts) that the comment workflow posts from an artifact.
 *
 * `node src/cli/describe-pull-request.ts --since <base-ref> --pr <number> --head <sha> [--site-artifact <url>] --out <file>`
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../errors/diagnostic.ts';
import { buildTermSuggester } from './suggest-terms.ts';
import { PullRequestReportSchema, type PullRequestNote } from '../schemas/pull-request-report.ts';
import { listChangedNotes } from '../survey/changed-notes.ts';
import { readSurveyOutline } from '../survey/read-survey-outline.ts';
import { resolveSurveyRoot } from '../survey/survey-root.ts';
import { isRunDirectly } from './is-run-directly.ts';
import { readClassifiedNote, readClassifiedNotes } from './read-classified-notes.ts';
import { SHOWN_PER_FACET } from './suggest.ts';

/**
 * Describes the notes at `files` (relative to the survey `root`): added or changed, title, and per facet the terms
 * among the top {@link SHOWN_PER_FACET} suggestions that the note does not list.
 */
export function describeNotes(
	root: string,
	files: readonly string[],
	isAdded: (file: string) => boolean,
): PullRequestNote[] {
	const outline = readSurveyOutline(root);
	if ('problem' in outline) return [];
	const suggester = buildTermSuggester(readClassifiedNotes(root, outline.facets), outline.facets);
	return files.map((file) => {
		const note = readClassifiedNote(join(root, file), root, outline.facets);
		const status = isAdded(file) ? 'added' : 'changed';
		if (!note) return { file, status, title: '', missing: {} };
		const suggestions = suggester.suggest(note.text, { exclude: note.slug });
		const missing = Object.fromEntries(
			outline.facets.map((facet) => [
				facet.id,
				(suggestions.facets[facet.id] ?? [])
					.slice(0, SHOWN_PER_FACET)
					.map((suggestion) => suggestion.term)
					.filter((term) => !(note.terms[facet.id] ?? []).includes(term)),
			]),
		);
		return { file, status, title: note.title, missing };
	});
}

const USAGE =
	'Usage: node src/cli/describe-pull-request.ts --since <base-ref> --pr <number> --head <sha> [--site-artifact <url>] --out <file>';

/** Writes the report; returns 0, or 2 for a wrong command line or git ref. */
export function runDescribePullRequest(
	argv: readonly string[] = process.argv.slice(2),
	env: NodeJS.ProcessEnv = process.env,
	stdout: { write: (text: string) => unknown } = process.stdout,
): number {
	let values: { since?: string; pr?: string; head?: string; 'site-artifact'?: string; out?: string };
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				since: { type: 'string' },
				pr: { type: 'string' },
				head: { type: 'string' },
				'site-artifact': { type: 'string' },
				out: { type: 'string' },
			},
			strict: true,
		}));
	} catch (error) {
		stdout.write(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (!values.since || !values.pr || !values.head || !values.out) {
		stdout.write(`${USAGE}\n`);
		return 2;
	}
	const root = resolveSurveyRoot(env);
	const changed = listChangedNotes(root, values.since);
	if ('problem' in changed) {
		stdout.write(`${formatProblem(changed.problem)}\n`);
		return 2;
	}
	const since = values.since;
	const isAdded = (file: string) => {
		try {
			execFileSync('git', ['cat-file', '-e', `${since}:./${file}`], { cwd: root, stdio: 'ignore' });
			return false;
		} catch {
			return true;
		}
	};
	const parsed = PullRequestReportSchema.safeParse({
		pullRequest: Number(values.pr),
		headSha: values.head,
		...(values['site-artifact'] && { siteArtifact: values['site-artifact'] }),
		notes: describeNotes(root, changed.files, isAdded),
	});
	if (!parsed.success) {
		stdout.write(`The report does not match its schema: ${parsed.error.message}\n${USAGE}\n`);
		return 2;
	}
	mkdirSync(dirname(values.out), { recursive: true });
	writeFileSync(values.out, `${JSON.stringify(parsed.data, null, 2)}\n`);
	stdout.write(`Described ${parsed.data.notes.length} added or changed notes in ${values.out}.\n`);
	return 0;
}

if (isRunDirectly(import.meta.url)) process.exitCode = runDescribePullRequest();
