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

/** A stated relation counts as much as sharing a very rare term. */
const RELATION_WEIGHT = 3;

/**
 * Ranks other papers by the terms they share with `paper`, each shared term weighted by its rarity (inverse
 * document frequency), so sharing a rare term counts for more than sharing "manipulation"; a stated relation
 * between the two papers adds a fixed weight.
 */
export function findRelatedPapers<T extends Pick<PaperRecord, 'slug' | 'terms' | 'data'>>(
	paper: T,
	papers: readonly T[],
	limit = 5,
	/** Slug pairs linked by a stated relation, either direction, as `a b` with a before b. */
	links: ReadonlySet<string> = new Set(),
): RelatedPaper<T>[] {
	const frequency = new Map<string, number>();
	for (const other of papers) {
		for (const [facet, terms] of Object.entries(other.terms)) {
			for (const term of terms) frequency.set(`${facet}/${term}`, (frequency.get(`${facet}/${term}`) ?? 0) + 1);
		}
	}
	const weight = (key: string) => Math.log((papers.length + 1) / (frequency.get(key) ?? 1));
	const own = Object.entries(paper.terms).flatMap(([facet, terms]) => terms.map((term) => `${facet}/${term}`));
	return papers
		.filter((other) => other.slug !== paper.slug)
		.map((other) => {
			const theirs = new Set(Object.entries(other.terms).flatMap(([facet, terms]) => terms.map((term) => `${facet}/${term}`)));
			const sharedKeys = own.filter((key) => theirs.has(key)).sort((a, b) => weight(b) - weight(a) || a.localeCompare(b));
			const linked = links.has([paper.slug, other.slug].sort().join(' '));
			const score = sharedKeys.reduce((sum, key) => sum + weight(key), 0) + (linked ? RELATION_WEIGHT : 0);
			const shared = sharedKeys.map((key) => {
				const [facet, term] = key.split('/') as [string, string];
				return { facet, term };
			});
			return { paper: other, score, shared, linked };
		})
		.filter((entry) => entry.score > 0)
		.sort((a, b) => b.score - a.score || b.paper.data.date.localeCompare(a.paper.data.date) || a.paper.slug.localeCompare(b.paper.slug))
		.slice(0, limit);
}
