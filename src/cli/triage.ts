/**
 * `npm run triage`: new arXiv papers ranked for fit with the survey. Asks the arXiv API for the categories and terms
 * of survey.yaml's `watch` section over `--since <YYYY-MM-DD>` (default: the last 7 days), or reads a saved Atom
 * file with `--feed <file>` (offline); drops the papers the survey holds; scores the rest against the notes and the
 * taxonomy with no network beyond arXiv, no model and no key; prints a Markdown report, or JSON with `--json`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { rankCandidates, formatTriageReport, type Candidate } from './rank-candidates.ts';
import type { Watch } from '../schemas/survey-config.ts';
import { loadSurvey } from '../survey/load-survey.ts';
import { readSurveyOutline } from '../survey/read-survey-outline.ts';
import { resolveSurveyRoot } from '../survey/survey-root.ts';
import { ARXIV_API, ARXIV_TIMEOUT_MS } from './new-paper.ts';
import { isRunDirectly } from './is-run-directly.ts';
import { parseArxivFeed } from './parse-arxiv-atom.ts';
import { readClassifiedNotes } from './read-classified-notes.ts';

const USAGE = 'Usage: npm run triage -- [--since YYYY-MM-DD | --feed <saved-atom-file>] [--json]';

/**
 * The arXiv API query for a watch over the days from `since` to `until` (inclusive), newest first.
 *
 * @example buildArxivQuery({ categories: ['cs.RO'], terms: ['world model'], threshold: 0.1, max_results: 50 }, '2026-11-01', '2026-11-07')
 */
export function buildArxivQuery(watch: Watch, since: string, until: string): string {
	const categories = watch.categories.map((category) => `cat:${category}`).join(' OR ');
	const terms = watch.terms.map((term) => `all:"${term.replace(/"/g, '')}"`).join(' OR ');
	const day = (date: string) => date.replace(/-/g, '');
	const query = `(${categories}) AND (${terms}) AND submittedDate:[${day(since)}0000 TO ${day(until)}2359]`;
	const params = new URLSearchParams({
		search_query: query,
		sortBy: 'submittedDate',
		sortOrder: 'descending',
		start: '0',
		max_results: String(watch.max_results),
	});
	return `${ARXIV_API}?${params.toString()}`;
}

/** What the command takes from the outside world; tests replace any part of it. */
export interface TriageEnvironment {
	argv?: readonly string[];
	env?: NodeJS.ProcessEnv;
	stdout?: { write: (text: string) => unknown };
	fetch?: (
		url: string,
		init: { signal: AbortSignal },
	) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;
	/** Today, `YYYY-MM-DD`; the default window ends here. */
	today?: string;
}

/** Runs `npm run triage`; returns 0 (report printed), 1 (arXiv or the feed failed) or 2 (usage). */
export async function runTriage({
	argv = process.argv.slice(2),
	env = process.env,
	stdout = process.stdout,
	fetch = globalThis.fetch,
	today = new Date().toISOString().slice(0, 10),
}: TriageEnvironment = {}): Promise<number> {
	const write = (text: string) => void stdout.write(text);
	let values: { since?: string; feed?: string; json?: boolean };
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: { since: { type: 'string' }, feed: { type: 'string' }, json: { type: 'boolean' } },
			strict: true,
		}));
	} catch (error) {
		write(`${(error as Error).message}\n${USAGE}\n`);
		return 2;
	}
	if (values.since !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.since)) {
		write(`--since takes a date as YYYY-MM-DD.\n${USAGE}\n`);
		return 2;
	}
	const root = resolveSurveyRoot(env);
	const { survey } = loadSurvey(root);
	const outline = readSurveyOutline(root);
	if (!survey || 'problem' in outline) {
		write('The survey has errors; run `npm run check` and fix them first.\n');
		return 1;
	}
	const watch = survey.config.watch;
	let xml: string;
	if (values.feed !== undefined) xml = readFileSync(values.feed, 'utf8');
	else if (!watch) {
		write(
			`survey.yaml has no "watch" section, so there is nothing to ask arXiv for; add one, or give --feed.\n`,
		);
		return 2;
	} else {
		const since = values.since ?? new Date(Date.parse(today) - 7 * 86_400_000).toISOString().slice(0, 10);
		try {
			const response = await fetch(buildArxivQuery(watch, since, today), {
				signal: AbortSignal.timeout(ARXIV_TIMEOUT_MS * 3),
			});
			if (!response.ok) {
				write(`arXiv answered ${response.status}; try again later.\n`);
				return 1;
			}
			xml = await response.text();
		} catch (error) {
			write(`arXiv could not be reached (${(error as Error).message}); try again later, or use --feed.\n`);
			return 1;
		}
	}
	const feed = parseArxivFeed(xml);
	if (feed.kind !== 'feed') {
		write(`The feed could not be used: ${feed.kind === 'api-error' ? feed.message : feed.reason}.\n`);
		return 1;
	}
	const candidates: Candidate[] = feed.papers.map((paper) => ({
		arxiv: paper.arxiv,
		title: paper.title,
		date: paper.date,
		abstract: paper.abstract ?? '',
		...(paper.doi ? { doi: paper.doi } : {}),
	}));
	const ranked = rankCandidates(
		candidates,
		survey.papers,
		readClassifiedNotes(root, outline.facets),
		outline.facets,
		watch?.threshold ?? 0.12,
	);
	if (values.json) write(`${JSON.stringify(ranked, null, 2)}\n`);
	else
		write(
			formatTriageReport(
				ranked,
				`Triage: ${ranked.length} of ${candidates.length} new papers fit ${survey.config.title}`,
			),
		);
	return 0;
}

if (isRunDirectly(import.meta.url))
	void runTriage().then((code) => {
		process.exitCode = code;
	});
