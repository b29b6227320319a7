/**
 * `npm run triage`: new arXiv papers ranked for fit with the survey. Asks the arXiv API for the categories and terms
 * of survey.yaml's `watch` section over `--since <YYYY-MM-DD>` (default: the last 7 days), or reads a saved Atom
 * file with `--feed <file>` (offline); drops the papers the survey holds; scores the rest against the notes and the
 * taxonomy with no network beyond arXiv, no model and no key; prints a Markdown report, or JSON with `--json`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { triageEvaluationProblems, type Problem } from '../errors/catalogue.ts';
import { formatDiagnostic } from '../errors/diagnostic.ts';
import {
	formatTriageReport,
	measureRanking,
	rankCandidates,
	type Candidate,
	type RankingQuality,
} from './rank-candidates.ts';
import { normaliseArxivId } from '../lib/papers/normalise-paper-keys.ts';
import { LabelledPaperSchema, type LabelledPaper } from '../schemas/triage-evaluation.ts';
import { DEFAULT_TRIAGE_THRESHOLD, type Watch } from '../schemas/survey-config.ts';
import { loadSurvey } from '../survey/load-survey.ts';
import { readSurveyOutline } from '../survey/read-survey-outline.ts';
import { resolveSurveyRoot } from '../survey/survey-root.ts';
import { ARXIV_API, ARXIV_TIMEOUT_MS } from './new-paper.ts';
import { isRunDirectly } from './is-run-directly.ts';
import { parseArxivFeed } from './parse-arxiv-atom.ts';
import { readClassifiedNotes } from './read-classified-notes.ts';

const USAGE =
	'Usage: npm run triage -- [--since YYYY-MM-DD | --feed <saved-atom-file> | --evaluate <labelled.jsonl>] [--json]';

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
	let values: { since?: string; feed?: string; evaluate?: string; json?: boolean };
	try {
		({ values } = parseArgs({
			args: [...argv],
			options: {
				since: { type: 'string' },
				feed: { type: 'string' },
				evaluate: { type: 'string' },
				json: { type: 'boolean' },
			},
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
	const threshold = watch?.threshold ?? DEFAULT_TRIAGE_THRESHOLD;
	if (values.evaluate !== undefined) {
		const labelled = readLabelledFeed(values.evaluate);
		if ('problems' in labelled) {
			write(`${labelled.problems.map(formatDiagnostic).join('\n')}\n`);
			return 1;
		}
		// Leave one out: a labelled paper the survey has since added must not be scored against its own note.
		const labelledIds = new Set(labelled.papers.map((paper) => paper.arxiv));
		const held = survey.papers.filter(
			(paper) => !paper.data.arxiv || !labelledIds.has(normaliseArxivId(paper.data.arxiv)),
		);
		const heldSlugs = new Set(held.map((paper) => paper.slug));
		const notes = readClassifiedNotes(root, outline.facets).filter((note) => heldSlugs.has(note.slug));
		const quality = measureRanking(
			rankCandidates(labelled.papers, held, notes, outline.facets, -1),
			threshold,
		);
		write(values.json ? `${JSON.stringify(quality, null, 2)}\n` : formatRankingQuality(quality, threshold));
		return 0;
	}
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
		threshold,
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

/** Reads a labelled evaluation feed (JSON Lines); every unusable line is reported with its line number. */
function readLabelledFeed(
	file: string,
): { papers: (LabelledPaper & Candidate)[] } | { problems: ReturnType<typeof place>[] } {
	const place = (line: number | undefined, problem: Problem) => ({ file, ...(line && { line }), ...problem });
	const papers: (LabelledPaper & Candidate)[] = [];
	const problems: ReturnType<typeof place>[] = [];
	const firstLine = new Map<string, number>();
	for (const [index, text] of readFileSync(file, 'utf8').split('\n').entries()) {
		if (text.trim() === '') continue;
		let json: unknown;
		try {
			json = JSON.parse(text);
		} catch (error) {
			problems.push(place(index + 1, triageEvaluationProblems.badLine((error as Error).message)));
			continue;
		}
		const parsed = LabelledPaperSchema.safeParse(json);
		if (!parsed.success) {
			const issue = parsed.error.issues[0]!;
			const detail = `"${issue.path.join('.') || 'line'}" ${issue.message}`;
			problems.push(place(index + 1, triageEvaluationProblems.badLine(detail)));
			continue;
		}
		const seen = firstLine.get(parsed.data.arxiv);
		if (seen !== undefined)
			problems.push(place(index + 1, triageEvaluationProblems.repeatedPaper(parsed.data.arxiv, seen)));
		else firstLine.set(parsed.data.arxiv, index + 1);
		// The saved pages give no submission date, and the ranking does not use one.
		papers.push({ ...parsed.data, date: '' });
	}
	if (problems.length === 0 && !papers.some((paper) => paper.label === 'in'))
		problems.push(place(undefined, triageEvaluationProblems.noneInScope()));
	return problems.length > 0 ? { problems } : { papers };
}

function formatRankingQuality(quality: RankingQuality, threshold: number): string {
	const share = (value: number) => value.toFixed(2);
	return [
		`Labelled feed: ${quality.total} papers, ${quality.inScope} in scope.`,
		`Precision of the top 20: ${share(quality.precisionAt20)}`,
		`In-scope papers within the top ${2 * quality.inScope} (2 × in scope): ${share(quality.recallAtTwiceInScope)}`,
		`At the threshold ${threshold}: ${quality.missedBelowThreshold} in-scope papers fall below it; ${quality.listedOutOfScope} out-of-scope papers would be listed.`,
		'',
	].join('\n');
}

if (isRunDirectly(import.meta.url))
	void runTriage().then((code) => {
		process.exitCode = code;
	});
