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
	/** Slug → the slugs a stated relation links it to, either way. */
	linked: Map<string, string[]>;
	/** Slug → the paper's own `facet/term` keys, computed once rather than for every page that considers it. */
	termKeys: Map<string, ReadonlySet<string>>;
}

/** A stated relation counts as much as sharing a very rare term. */
const RELATION_WEIGHT = 3;

/** Indexes papers by term so that finding one paper's related papers costs its terms' postings, not the survey. */
export function buildRelatedIndex<T extends Pick<PaperRecord, 'slug' | 'terms'>>(
	papers: readonly T[],
	links: ReadonlySet<string> = new Set(),
): RelatedIndex<T> {
	const postings = new Map<string, T[]>();
	const termKeys = new Map<string, ReadonlySet<string>>();
	for (const paper of papers) {
		const keys = toTermKeys(paper.terms);
		termKeys.set(paper.slug, new Set(keys));
		for (const key of keys) {
			const list = postings.get(key);
			if (list) list.push(paper);
			else postings.set(key, [paper]);
		}
	}
	const weights = new Map(
		[...postings].map(([key, list]) => [key, Math.log((papers.length + 1) / list.length)]),
	);
	const linked = new Map<string, string[]>();
	for (const pair of links) {
		const [a, b] = pair.split(' ') as [string, string];
		linked.set(a, [...(linked.get(a) ?? []), b]);
		linked.set(b, [...(linked.get(b) ?? []), a]);
	}
	return { bySlug: new Map(papers.map((paper) => [paper.slug, paper])), postings, weights, linked, termKeys };
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
	const weight = (key: string) => index.weights.get(key) ?? 0;
	const ownInOrder = toTermKeys(paper.terms);
	// Rarest terms first: their postings are short, and they decide most of the ranking.
	const own = [...ownInOrder].sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
	const linkedSlugs = new Set(index.linked.get(paper.slug) ?? []);
	type Candidate = { paper: T; score: number; keys: string[]; linked: boolean };
	const better = (a: Candidate, b: Candidate) =>
		b.score - a.score ||
		b.paper.data.date.localeCompare(a.paper.data.date) ||
		a.paper.slug.localeCompare(b.paper.slug);
	const seen = new Set<string>([paper.slug]);
	const top: Candidate[] = [];
	// Scores a paper in full (every shared term, and a stated relation) the first time it turns up.
	const consider = (other: T) => {
		if (seen.has(other.slug)) return;
		seen.add(other.slug);
		const theirs = index.termKeys.get(other.slug)!;
		const keys = own.filter((key) => theirs.has(key));
		const linked = linkedSlugs.has(other.slug);
		// Summed in the paper's own term order, so that equal sets of terms always give bit-identical scores.
		const shared = ownInOrder.filter((key) => theirs.has(key));
		const entry = {
			paper: other,
			score: shared.reduce((sum, key) => sum + weight(key), 0) + (linked ? RELATION_WEIGHT : 0),
			keys,
			linked,
		};
		if (entry.score <= 0) return;
		if (top.length === limit && better(entry, top[limit - 1]!) >= 0) return;
		const at = top.findIndex((kept) => better(entry, kept) < 0);
		top.splice(at === -1 ? top.length : at, 0, entry);
		if (top.length > limit) top.pop();
	};
	for (const slug of linkedSlugs) {
		const other = index.bySlug.get(slug);
		if (other) consider(other);
	}
	// A paper not seen yet shares at most the remaining terms; once the top `limit` all score more than that, no
	// later posting can change them. Without this, a term on half the survey made every page scan half the survey.
	let remaining = own.reduce((sum, key) => sum + weight(key), 0);
	for (const key of own) {
		// The margin keeps rounding in `remaining` from ending the scan at an exact tie.
		if (top.length === limit && top[limit - 1]!.score > remaining + 1e-9) break;
		for (const other of index.postings.get(key) ?? []) consider(other);
		remaining -= weight(key);
	}
	return top.map((entry) => ({
		paper: entry.paper,
		score: entry.score,
		linked: entry.linked,
		shared: entry.keys.map((key) => {
			const [facet, term] = key.split('/') as [string, string];
			return { facet, term };
		}),
	}));
}
