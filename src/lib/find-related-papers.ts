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

/** Postings longer than this are where the pre-pass tries to stop: see findRelatedPapers. */
const LONG_POSTINGS = 256;

/**
 * Ranks other papers by the terms they share with `paper`, each shared term weighted by its rarity (inverse
 * document frequency), so sharing a rare term counts for more than sharing "manipulation"; a stated relation
 * between the two papers adds a fixed weight.
 *
 * Two exact strategies. First, the papers sharing the paper's rarer terms are scored in full; if the fifth best
 * already beats everything the remaining (common, long-listed) terms could add, no other paper can enter the top
 * five and the long lists are never read. Otherwise scores accumulate term by term over all postings in one typed
 * array: a few additions per paper sharing a term.
 */
export function findRelatedPapers<T extends Pick<PaperRecord, 'slug' | 'terms' | 'data'>>(
	paper: T,
	index: RelatedIndex<T>,
	limit = 5,
): RelatedPaper<T>[] {
	const self = index.positions.get(paper.slug);
	const own = toTermKeys(paper.terms);
	const weight = (key: string) => index.weights.get(key) ?? 0;
	const byRarity = [...own].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
	const linkedPositions = new Set<number>();
	for (const slug of index.linked.get(paper.slug) ?? []) {
		const position = index.positions.get(slug);
		if (position !== undefined) linkedPositions.add(position);
	}
	const top =
		rankFromRareTerms(index, own, byRarity, linkedPositions, self, limit) ??
		rankByAccumulating(index, own, linkedPositions, self, limit);
	return top.map(({ position, score }) => {
		const theirs = index.termKeys[position]!;
		return {
			paper: index.papers[position]!,
			score,
			linked: linkedPositions.has(position),
			// Rarest shared terms first, as the page lists them.
			shared: byRarity
				.filter((key) => theirs.has(key))
				.map((key) => {
					const [facet, term] = key.split('/') as [string, string];
					return { facet, term };
				}),
		};
	});
}

type Candidate = { position: number; score: number };

/** Keeps the best `limit` candidates offered to it: highest score, then newest, then by slug. */
function createTopList<T extends Pick<PaperRecord, 'slug' | 'data'>>(papers: readonly T[], limit: number) {
	const top: Candidate[] = [];
	const better = (a: Candidate, b: Candidate) => {
		const first = papers[a.position]!;
		const second = papers[b.position]!;
		return (
			b.score - a.score ||
			second.data.date.localeCompare(first.data.date) ||
			first.slug.localeCompare(second.slug)
		);
	};
	return {
		top,
		offer(position: number, score: number) {
			// Most candidates fall short of the last kept by score alone: skip them before allocating anything.
			if (top.length === limit && score < top[limit - 1]!.score) return;
			const entry = { position, score };
			if (top.length === limit && better(entry, top[limit - 1]!) >= 0) return;
			const at = top.findIndex((kept) => better(entry, kept) < 0);
			top.splice(at === -1 ? top.length : at, 0, entry);
			if (top.length > limit) top.pop();
		},
	};
}

/**
 * The exact top `limit` when the paper's rarer terms settle it, else `undefined`. Candidates are the papers on the
 * rarer terms' postings (and linked papers), each scored in full by looking its terms up; a paper on none of them
 * shares only the remaining terms, so once the last kept score exceeds their total weight the ranking is final.
 */
function rankFromRareTerms<T extends Pick<PaperRecord, 'slug' | 'data'>>(
	index: RelatedIndex<T>,
	own: readonly string[],
	byRarity: readonly string[],
	linkedPositions: ReadonlySet<number>,
	self: number | undefined,
	limit: number,
): Candidate[] | undefined {
	const weight = (key: string) => index.weights.get(key) ?? 0;
	const candidates = new Set(linkedPositions);
	let remaining = byRarity.reduce((sum, key) => sum + weight(key), 0);
	let settledAt = byRarity.length;
	for (const [rank, key] of byRarity.entries()) {
		const postings = index.postings.get(key) ?? [];
		if (postings.length > LONG_POSTINGS && candidates.size > limit) {
			settledAt = rank;
			break;
		}
		for (const position of postings) candidates.add(position);
		remaining -= weight(key);
	}
	const ranking = createTopList(index.papers, limit);
	for (const position of candidates) {
		if (position === self) continue;
		const theirs = index.termKeys[position]!;
		// Summed in the paper's own term order, as the accumulation does, so both give bit-identical scores.
		let score = 0;
		for (const key of own) if (theirs.has(key)) score += weight(key);
		if (linkedPositions.has(position)) score += RELATION_WEIGHT;
		if (score > 0) ranking.offer(position, score);
	}
	if (settledAt === byRarity.length) return ranking.top;
	// The margin keeps rounding in `remaining` from deciding an exact tie.
	const last = ranking.top[limit - 1];
	return last && last.score > remaining + 1e-9 ? ranking.top : undefined;
}

/** The exact top `limit` by accumulating every shared term's weight over its postings. */
function rankByAccumulating<T extends Pick<PaperRecord, 'slug' | 'data'>>(
	index: RelatedIndex<T>,
	own: readonly string[],
	linkedPositions: ReadonlySet<number>,
	self: number | undefined,
	limit: number,
): Candidate[] {
	const { scores } = index;
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
	for (const position of linkedPositions) if (scores[position] === 0) touched.push(position);
	const ranking = createTopList(index.papers, limit);
	for (const position of touched) {
		const score = scores[position]! + (linkedPositions.has(position) ? RELATION_WEIGHT : 0);
		scores[position] = 0;
		if (position !== self && score > 0) ranking.offer(position, score);
	}
	return ranking.top;
}
