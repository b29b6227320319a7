/**
 * `npm run triage`'s ranking: new arXiv papers scored for fit with the survey, offline. Pure: the caller reads the
 * notes and the feed.
 */
import { findDuplicatePapers } from '../survey/checks/find-duplicate-papers.ts';
import { buildTermSuggester, composeNoteText, tokenize, type SuggestionNote } from './suggest-terms.ts';
import type { Facet } from '../schemas/facet.ts';

/** A paper from the feed, as the ranking needs it. */
export interface Candidate {
	arxiv: string;
	title: string;
	date: string;
	abstract: string;
	doi?: string;
}

/** A candidate the survey does not hold, with its fit and what backs it. */
export interface RankedCandidate extends Candidate {
	/** 0 to 1: mean similarity to the three nearest notes, times how much more the survey's words are its own than the feed's. */
	score: number;
	/** How much more typical of the survey's notes than of the feed the paper's words are (1: no more, no less). */
	contrast: number;
	/** The three nearest notes, nearest first. */
	nearest: { slug: string; name: string; similarity: number }[];
	/** Facet id → up to three suggested terms, best first. */
	terms: Record<string, string[]>;
}

/** A survey paper's identifiers, for the duplicate finder. */
export interface HeldPaper {
	slug: string;
	data: { title: string; arxiv?: string | undefined; doi?: string | undefined };
}

// How many papers' worth of the survey's own word use the feed's background starts from: a feed of a handful of
// papers then contrasts little, and a week's hundreds of papers set the background themselves.
const BACKGROUND_PRIOR_PAPERS = 50;

/** Word counts of a set of texts, and their total. */
function countWords(texts: readonly string[]): { counts: Map<string, number>; total: number } {
	const counts = new Map<string, number>();
	let total = 0;
	for (const text of texts)
		for (const word of tokenize(text)) {
			counts.set(word, (counts.get(word) ?? 0) + 1);
			total += 1;
		}
	return { counts, total };
}

/**
 * How much more typical of the survey a text's words are than of the feed they arrived in: the geometric mean, over
 * the text's words, of (the word's share of the notes' words) / (its share of the feed's words), both smoothed by
 * one count. Above 1, the text speaks the survey's language; below 1, the feed's. The feed is the background because
 * it is what a triage run has at hand: no corpus is shipped or downloaded, and a week's arXiv papers are mostly what
 * the survey leaves out. The background starts from the survey's own word use, weighted as a few dozen papers, so a
 * feed of a few papers does not count against itself.
 */
function buildContrast(noteTexts: readonly string[], feedTexts: readonly string[]): (text: string) => number {
	const survey = countWords(noteTexts);
	const feed = countWords(feedTexts);
	const vocabulary = new Set([...survey.counts.keys(), ...feed.counts.keys()]).size;
	const surveyShare = (word: string) => ((survey.counts.get(word) ?? 0) + 1) / (survey.total + vocabulary);
	const feedShare = (word: string) => ((feed.counts.get(word) ?? 0) + 1) / (feed.total + vocabulary);
	const priorWeight = BACKGROUND_PRIOR_PAPERS / (BACKGROUND_PRIOR_PAPERS + feedTexts.length);
	return (text) => {
		const words = tokenize(text);
		if (words.length === 0) return 1;
		let logRatio = 0;
		for (const word of words) {
			const background = priorWeight * surveyShare(word) + (1 - priorWeight) * feedShare(word);
			logRatio += Math.log(surveyShare(word) / background);
		}
		return Math.exp(logRatio / words.length);
	};
}

/**
 * Drops the candidates the survey holds (same arXiv id in any version, DOI or normalised title, by the duplicate
 * finder), scores the rest against the notes, and returns those at or above `threshold`, best first. A paper's fit is
 * its mean TF-IDF similarity to its three nearest notes times its contrast with the feed (see `buildContrast`):
 * similarity alone lifts papers that share the survey's generic words (language model, planning, video), while the
 * contrast asks whether the paper uses the words the survey uses more than the rest of the week's papers do.
 */
export function rankCandidates<C extends Candidate>(
	candidates: readonly C[],
	held: readonly HeldPaper[],
	notes: readonly SuggestionNote[],
	facets: readonly Facet[],
	threshold: number,
): (C & RankedCandidate)[] {
	const duplicates = new Set(
		findDuplicatePapers([
			...held,
			...candidates.map((candidate) => ({ slug: `arxiv:${candidate.arxiv}`, data: candidate })),
		]).map((duplicate) => duplicate.slug),
	);
	const suggester = buildTermSuggester(notes, facets);
	const candidateText = (candidate: Candidate) => `${candidate.title}. ${candidate.abstract}`;
	const contrastOf = buildContrast(
		notes.map((note) => note.text),
		candidates.map(candidateText),
	);
	return candidates
		.filter((candidate) => !duplicates.has(`arxiv:${candidate.arxiv}`))
		.map((candidate) => {
			const suggestions = suggester.suggest(
				composeNoteText({ title: candidate.title, summary: candidate.abstract }),
			);
			const nearest = suggestions.neighbours.slice(0, 3);
			const similarity = nearest.reduce((sum, note) => sum + note.similarity, 0) / 3;
			const contrast = contrastOf(candidateText(candidate));
			const terms = Object.fromEntries(
				Object.entries(suggestions.facets).map(([facet, list]) => [
					facet,
					list.slice(0, 3).map((term) => term.term),
				]),
			);
			return { ...candidate, score: Math.min(1, similarity * contrast), contrast, nearest, terms };
		})
		.filter((candidate) => candidate.score >= threshold)
		.sort((a, b) => b.score - a.score || a.arxiv.localeCompare(b.arxiv));
}

/** The Markdown report: one section per candidate with its link, date, score, nearest notes, terms and command. */
export function formatTriageReport(ranked: readonly RankedCandidate[], heading: string): string {
	const lines = [`# ${heading}`, ''];
	if (ranked.length === 0) lines.push('No new paper fits the survey above the threshold.');
	for (const [index, paper] of ranked.entries()) {
		lines.push(
			`## ${index + 1}. ${paper.title.replace(/[<>]/g, '')}`,
			'',
			`[arXiv:${paper.arxiv}](https://arxiv.org/abs/${paper.arxiv}) · ${paper.date} · score ${paper.score.toFixed(2)}`,
			'',
			`Nearest notes: ${paper.nearest.map((note) => `${note.name} (${note.similarity.toFixed(2)})`).join(', ')}`,
			'',
			...Object.entries(paper.terms)
				.filter(([, terms]) => terms.length > 0)
				.map(([facet, terms]) => `- ${facet}: ${terms.map((term) => `\`${term}\``).join(', ')}`),
			'',
			'```sh',
			`npm run new -- ${paper.arxiv}`,
			'```',
			'',
		);
	}
	return `${lines.join('\n').trimEnd()}\n`;
}

/** How well a ranking separates a labelled feed's in-scope papers from the rest. */
export interface RankingQuality {
	/** Papers in the feed, and how many of them are in scope. */
	total: number;
	inScope: number;
	/** Share of in-scope papers among the 20 best-ranked (or all, when fewer are ranked). */
	precisionAt20: number;
	/** Share of the in-scope papers that rank within the top 2 × (number in scope). */
	recallAtTwiceInScope: number;
	/** In-scope papers that fall below the threshold, and out-of-scope papers at or above it. */
	missedBelowThreshold: number;
	listedOutOfScope: number;
}

/**
 * Scores a ranking (best first, every labelled paper present, each with its score) against its labels.
 *
 * @example measureRanking([{ arxiv: 'a', label: 'in', score: 0.3 }, { arxiv: 'b', label: 'out', score: 0.1 }], 0.2).precisionAt20 // 0.5
 */
export function measureRanking(
	ranked: readonly { label: 'in' | 'out'; score: number }[],
	threshold: number,
): RankingQuality {
	const inScope = ranked.filter((paper) => paper.label === 'in').length;
	const shareIn = (list: readonly { label: 'in' | 'out' }[]) =>
		list.filter((paper) => paper.label === 'in').length;
	const top20 = ranked.slice(0, 20);
	return {
		total: ranked.length,
		inScope,
		precisionAt20: top20.length === 0 ? 0 : shareIn(top20) / top20.length,
		recallAtTwiceInScope: inScope === 0 ? 0 : shareIn(ranked.slice(0, 2 * inScope)) / inScope,
		missedBelowThreshold: ranked.filter((paper) => paper.label === 'in' && paper.score < threshold).length,
		listedOutOfScope: ranked.filter((paper) => paper.label === 'out' && paper.score >= threshold).length,
	};
}
