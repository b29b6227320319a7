import { toTermKeys } from './browse-record';
import type { PaperRecord } from './paper-record';

/** A related paper and why it was chosen. */
export interface RelatedPaper<T> {
	paper: T;
	score: number;
	/** Shared terms, rarest first, as facet/term pairs. */
	shared: { facet: string; term: string }[];
	/** Whether a stated relation links the two papers. */
	linked: boolean;
}

/** Papers by term, with each term's rarity weight: built once, queried once per paper page. */
export interface RelatedIndex<T> {
	/** The papers, in the order postings refer to them by position. */
	papers: readonly T[];
	/** Slug → position in `papers`. */
	positions: Map<string, number>;
	/** `facet/term` → positions of the papers having it (own terms, not ancestors). */
	postings: Map<string, number[]>;
	/** `facet/term` → inverse document frequency. */
	weights: Map<string, number>;
	/** Slug → the slugs a stated relation links it to, either way. */
	linked: Map<string, string[]>;
	/** Position → the paper's own `facet/term` keys. */
	termKeys: ReadonlySet<string>[];
	/** Per-paper score accumulator, reused by every query and left zeroed after each. */
	scores: Float64Array;
}

/** A stated relation counts as much as sharing a very rare term. */
const RELATION_WEIGHT = 3;

/** Indexes papers by term so that finding one paper's related papers costs its terms' postings, not the survey. */
export function buildRelatedIndex<T extends Pick<PaperRecord, 'slug' | 'terms'>>(
	papers: readonly T[],
	links: ReadonlySet<string> = new Set(),
): RelatedIndex<T> {
	const postings = new Map<string, number[]>();
	const termKeys = papers.map((paper, position) => {
		const keys = toTermKeys(paper.terms);
		for (const key of keys) {
			const list = postings.get(key);
			if (list) list.push(position);
			else postings.set(key, [position]);
		}
		return new Set(keys);
	});
	const weights = new Map(
		[...postings].map(([key, list]) => [key, Math.log((papers.length + 1) / list.length)]),
	);
	const linked = new Map<string, string[]>();
	for (const pair of links) {
		const [a, b] = pair.split(' ') as [string, string];
		linked.set(a, [...(linked.get(a) ?? []), b]);
		linked.set(b, [...(linked.get(b) ?? []), a]);
	}
	return {
		papers,
		positions: new Map(papers.map((paper, position) => [paper.slug, position])),
		postings,
		weights,
		linked,
		termKeys,
		scores: new Float64Array(papers.length),
	};
}

/**
 * Ranks other papers by the terms they share with `paper`, each shared term weighted by its rarity (inverse
 * document frequency), so sharing a rare term counts for more than sharing "manipulation"; a stated relation
 * between the two papers adds a fixed weight.
 *
 * Scores accumulate term by term over the postings in one typed array: a few additions per paper sharing a term,
 * instead of intersecting each candidate's terms with the paper's. Pruning the scan could not keep up, because
 * in a large survey most papers share a few very common terms and only a full scan settles the top five.
 */
export function findRelatedPapers<T extends Pick<PaperRecord, 'slug' | 'terms' | 'data'>>(
	paper: T,
	index: RelatedIndex<T>,
	limit = 5,
): RelatedPaper<T>[] {
	const { scores } = index;
	const self = index.positions.get(paper.slug);
	const own = toTermKeys(paper.terms);
	const touched: number[] = [];
	// Added in the paper's own term order, so that equal sets of shared terms always give bit-identical scores.
	for (const key of own) {
		const weight = index.weights.get(key) ?? 0;
		for (const position of index.postings.get(key) ?? []) {
			const score = scores[position]!;
			if (score === 0) touched.push(position);
			scores[position] = score + weight;
		}
	}
	const linkedSlugs = new Set(index.linked.get(paper.slug) ?? []);
	const linkedPositions = new Set<number>();
	for (const slug of linkedSlugs) {
		const position = index.positions.get(slug);
		if (position === undefined) continue;
		linkedPositions.add(position);
		if (scores[position] === 0) touched.push(position);
	}
	type Candidate = { position: number; score: number };
	const better = (a: Candidate, b: Candidate) => {
		const first = index.papers[a.position]!;
		const second = index.papers[b.position]!;
		return (
			b.score - a.score ||
			second.data.date.localeCompare(first.data.date) ||
			first.slug.localeCompare(second.slug)
		);
	};
	const top: Candidate[] = [];
	for (const position of touched) {
		const score = scores[position]! + (linkedPositions.has(position) ? RELATION_WEIGHT : 0);
		scores[position] = 0;
		if (position === self || score <= 0) continue;
		// Most candidates fall short of the fifth best by score alone: skip them before allocating anything.
		if (top.length === limit && score < top[limit - 1]!.score) continue;
		const entry = { position, score };
		if (top.length === limit && better(entry, top[limit - 1]!) >= 0) continue;
		const at = top.findIndex((kept) => better(entry, kept) < 0);
		top.splice(at === -1 ? top.length : at, 0, entry);
		if (top.length > limit) top.pop();
	}
	// Rarest shared terms first, as the page lists them.
	const byRarity = [...own].sort(
		(a, b) => (index.weights.get(b) ?? 0) - (index.weights.get(a) ?? 0) || a.localeCompare(b),
	);
	return top.map(({ position, score }) => {
		const theirs = index.termKeys[position]!;
		return {
			paper: index.papers[position]!,
			score,
			linked: linkedPositions.has(position),
			shared: byRarity
				.filter((key) => theirs.has(key))
				.map((key) => {
					const [facet, term] = key.split('/') as [string, string];
					return { facet, term };
				}),
		};
	});
}
