import { countPapersByTerm, type PaperRecord } from '../papers/paper-record.ts';
import { listAncestors, listTermsInTreeOrder, type TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';

/** A facet as a filter panel shows it: terms in tree order, indented by depth, with paper counts. */
export interface FilterFacet {
	id: string;
	label: string;
	terms: { id: string; label: string; depth: 0 | 1 | 2; count: number }[];
}

/** Lists every facet's terms for a filter panel (search page and paper browser). */
export function listFilterFacets(
	index: TaxonomyIndex,
	papers: readonly Pick<PaperRecord, 'expandedTerms'>[],
): FilterFacet[] {
	return index.facets.map((facet) => {
		const counts = countPapersByTerm(papers, facet.facet.id);
		return {
			id: facet.facet.id,
			label: facet.facet.label,
			terms: listTermsInTreeOrder(facet).map((id) => ({
				id,
				label: facet.terms.get(id)!.label,
				depth: Math.min(2, listAncestors(facet, id).length) as 0 | 1 | 2,
				count: counts.get(id) ?? 0,
			})),
		};
	});
}
