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
	bySlug: Map<string, T>;
	/** `facet/term` → papers having it (own terms, not ancestors). */
	postings: Map<string, T[]>;
	/** `facet/term` → inverse document frequency. */
	weights: Map<string, number>;
	/** Slug pairs linked by a stated relation, as `a b` with a before b. */
	links: ReadonlySet<string>;
}

/** A stated relation counts as much as sharing a very rare term. */
const RELATION_WEIGHT = 3;

/** Indexes papers by term so that finding one paper's related papers costs its terms' postings, not the survey. */
export function buildRelatedIndex<T extends Pick<PaperRecord, 'slug' | 'terms'>>(
	papers: readonly T[],
	links: ReadonlySet<string> = new Set(),
): RelatedIndex<T> {
	const postings = new Map<string, T[]>();
	for (const paper of papers) {
		for (const key of toTermKeys(paper.terms)) {
			const list = postings.get(key);
			if (list) list.push(paper);
			else postings.set(key, [paper]);
		}
	}
	const weights = new Map(
		[...postings].map(([key, list]) => [key, Math.log((papers.length + 1) / list.length)]),
	);
	return { bySlug: new Map(papers.map((paper) => [paper.slug, paper])), postings, weights, links };
}

/**
 * Ranks other papers by the terms they share with `paper`, each shared term weighted by its rarity (inverse
 * document frequency), so sharing a rare term counts for more than sharing "manipulation"; a stated relation
 * between the two papers adds a fixed weight.
 */
export function findRelatedPapers<T extends Pick<PaperRecord, 'slug' | 'terms' | 'data'>>(
	paper: T,
	index: RelatedIndex<T>,
	limit = 5,
): RelatedPaper<T>[] {
	const candidates = new Map<string, { paper: T; score: number; keys: string[]; linked: boolean }>();
	const candidate = (other: T) => {
		let entry = candidates.get(other.slug);
		if (!entry) candidates.set(other.slug, (entry = { paper: other, score: 0, keys: [], linked: false }));
		return entry;
	};
	for (const key of toTermKeys(paper.terms)) {
		const weight = index.weights.get(key) ?? 0;
		for (const other of index.postings.get(key) ?? []) {
			if (other.slug === paper.slug) continue;
			const entry = candidate(other);
			entry.score += weight;
			entry.keys.push(key);
		}
	}
	for (const pair of index.links) {
		const [a, b] = pair.split(' ') as [string, string];
		const otherSlug = a === paper.slug ? b : b === paper.slug ? a : undefined;
		const other = otherSlug === undefined ? undefined : index.bySlug.get(otherSlug);
		if (!other) continue;
		const entry = candidate(other);
		entry.score += RELATION_WEIGHT;
		entry.linked = true;
	}
	const weight = (key: string) => index.weights.get(key) ?? 0;
	type Candidate = typeof candidates extends Map<string, infer V> ? V : never;
	const better = (a: Candidate, b: Candidate) =>
		b.score - a.score ||
		b.paper.data.date.localeCompare(a.paper.data.date) ||
		a.paper.slug.localeCompare(b.paper.slug);
	// Keep only the best `limit` while scanning: common terms make thousands of candidates, and sorting them all was
	// most of a paper page's render time at 10,000 papers.
	const top: Candidate[] = [];
	for (const entry of candidates.values()) {
		if (entry.score <= 0) continue;
		if (top.length === limit && better(entry, top[limit - 1]!) >= 0) continue;
		const at = top.findIndex((kept) => better(entry, kept) < 0);
		top.splice(at === -1 ? top.length : at, 0, entry);
		if (top.length > limit) top.pop();
	}
	return top.map((entry) => ({
		paper: entry.paper,
		score: entry.score,
		linked: entry.linked,
		shared: [...entry.keys]
			.sort((a, b) => weight(b) - weight(a) || a.localeCompare(b))
			.map((key) => {
				const [facet, term] = key.split('/') as [string, string];
				return { facet, term };
			}),
	}));
}
