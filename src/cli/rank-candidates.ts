/**
 * `npm run triage`'s ranking: new arXiv papers scored for fit with the survey, offline. Pure: the caller reads the
 * notes and the feed.
 */
import { findDuplicatePapers } from '../survey/checks/find-duplicate-papers.ts';
import { buildTermSuggester, composeNoteText, type SuggestionNote } from './suggest-terms.ts';
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
	/** 0 to 1: mean similarity to the three nearest notes, plus a share for facet terms the text names. */
	score: number;
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

// A named term counts like one more neighbour at this similarity; neighbours carry the score.
const MENTION_SHARE = 0.1;

/**
 * Drops the candidates the survey holds (same arXiv id in any version, DOI or normalised title, by the duplicate
 * finder), scores the rest against the notes, and returns those at or above `threshold`, best first.
 */
export function rankCandidates(
	candidates: readonly Candidate[],
	held: readonly HeldPaper[],
	notes: readonly SuggestionNote[],
	facets: readonly Facet[],
	threshold: number,
): RankedCandidate[] {
	const duplicates = new Set(
		findDuplicatePapers([
			...held,
			...candidates.map((candidate) => ({ slug: `arxiv:${candidate.arxiv}`, data: candidate })),
		]).map((duplicate) => duplicate.slug),
	);
	const suggester = buildTermSuggester(notes, facets);
	return candidates
		.filter((candidate) => !duplicates.has(`arxiv:${candidate.arxiv}`))
		.map((candidate) => {
			const suggestions = suggester.suggest(
				composeNoteText({ title: candidate.title, summary: candidate.abstract }),
			);
			const nearest = suggestions.neighbours.slice(0, 3);
			const similarity = nearest.reduce((sum, note) => sum + note.similarity, 0) / 3;
			const named = Object.values(suggestions.facets).some((list) =>
				list.some((term) => term.mentions.length > 0),
			);
			const terms = Object.fromEntries(
				Object.entries(suggestions.facets).map(([facet, list]) => [
					facet,
					list.slice(0, 3).map((term) => term.term),
				]),
			);
			return { ...candidate, score: Math.min(1, similarity + (named ? MENTION_SHARE : 0)), nearest, terms };
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
