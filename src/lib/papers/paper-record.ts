import type { PaperData } from '../../schemas/paper.ts';
import type { PaperTerms } from '../taxonomy/resolve-paper-terms.ts';
import { expandWithAncestors, type TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';

/** A paper as the pages see it: validated data, its own terms, and its terms with every ancestor. */
export interface PaperRecord {
	slug: string;
	data: PaperData;
	/** Short name for citations and tables. */
	name: string;
	/** Facet id → the paper's terms as written (renamed ids resolved). */
	terms: PaperTerms;
	/** Facet id → the paper's terms plus all their ancestors; what term pages, counts and filters use. */
	expandedTerms: PaperTerms;
}

/** Adds ancestor terms to a paper's terms, for every facet of the index. */
export function expandPaperTerms(terms: PaperTerms, index: TaxonomyIndex): PaperTerms {
	return Object.fromEntries(
		index.facets.map((facet) => [facet.facet.id, expandWithAncestors(facet, terms[facet.facet.id] ?? [])]),
	);
}

/** Orders papers newest first by date, then by title, so equal dates never shuffle between builds. */
export function sortNewestFirst<T extends { data: Pick<PaperData, 'date' | 'title'> }>(
	papers: readonly T[],
): T[] {
	return [...papers].sort(
		(a, b) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title),
	);
}

/** Orders papers by the day they joined the survey, newest first, then newest publication first. */
export function sortRecentlyAdded<T extends { data: Pick<PaperData, 'added' | 'date' | 'title'> }>(
	papers: readonly T[],
): T[] {
	return [...papers].sort(
		(a, b) =>
			b.data.added.localeCompare(a.data.added) ||
			b.data.date.localeCompare(a.data.date) ||
			a.data.title.localeCompare(b.data.title),
	);
}

/** Returns the papers classified under a term or any of its descendants. */
export function filterPapersByTerm<T extends Pick<PaperRecord, 'expandedTerms'>>(
	papers: readonly T[],
	facetId: string,
	termId: string,
): T[] {
	return papers.filter((paper) => paper.expandedTerms[facetId]?.includes(termId));
}

/** What `<Count>` counts: every paper, the landmarks or the verified ones, optionally under one facet or term. */
export interface CountQuery {
	of?: 'papers' | 'landmarks' | 'verified' | undefined;
	/** Only papers with a term of this facet (or, with `term`, that term or a descendant). */
	facet?: string | undefined;
	term?: string | undefined;
}

/**
 * Counts the papers a chapter's `<Count>` names, from the survey's own data at build time, so that no count in a
 * chapter goes stale as papers are added.
 */
export function countPapers(
	papers: readonly Pick<PaperRecord, 'expandedTerms' | 'data'>[],
	{ of = 'papers', facet, term }: CountQuery,
): number {
	return papers.filter(
		(paper) =>
			(of !== 'landmarks' || paper.data.landmark !== undefined) &&
			(of !== 'verified' || paper.data.verified) &&
			(facet === undefined ||
				(term === undefined
					? (paper.expandedTerms[facet]?.length ?? 0) > 0
					: (paper.expandedTerms[facet]?.includes(term) ?? false))),
	).length;
}

/** Counts papers per term of a facet, a paper counting for its terms and their ancestors. */
export function countPapersByTerm(
	papers: readonly Pick<PaperRecord, 'expandedTerms'>[],
	facetId: string,
): Map<string, number> {
	const counts = new Map<string, number>();
	for (const paper of papers) {
		for (const term of paper.expandedTerms[facetId] ?? []) counts.set(term, (counts.get(term) ?? 0) + 1);
	}
	return counts;
}

/** Counts the papers that have at least one term in a facet. */
export function countClassifiedPapers(
	papers: readonly Pick<PaperRecord, 'terms'>[],
	facetId: string,
): number {
	return papers.filter((paper) => (paper.terms[facetId]?.length ?? 0) > 0).length;
}
