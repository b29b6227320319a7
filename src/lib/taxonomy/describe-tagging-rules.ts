import { getTermLabel, listAncestors, type TaxonomyIndex } from './taxonomy-index.ts';

/** "A", "A or B", "A, B or C". */
const joinOr = (items: readonly string[]) =>
	items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

const labels = (index: TaxonomyIndex, facetId: string, termIds: readonly string[]) =>
	joinOr(termIds.map((id) => getTermLabel(index, facetId, id)));

const facetLabel = (index: TaxonomyIndex, facetId: string) => index.byId.get(facetId)?.facet.label ?? facetId;

/** The facet's `empty_when` rules as sentences for readers, e.g. "Stays empty when all of a paper's Contribution terms fall under Survey." */
export function describeEmptyWhen(index: TaxonomyIndex, facetId: string): string[] {
	const facet = index.byId.get(facetId);
	return (facet?.facet.empty_when ?? []).map(
		(rule) =>
			`Stays empty when all of a paper's ${facetLabel(index, rule.facet)} terms fall under ${labels(index, rule.facet, rule.only)}.`,
	);
}

/** A term's `requires` rules, its ancestors' included, as sentences for readers. */
export function describeRequires(index: TaxonomyIndex, facetId: string, termId: string): string[] {
	const facet = index.byId.get(facetId);
	if (!facet) return [];
	return [termId, ...listAncestors(facet, termId)].flatMap((ownerId) =>
		(facet.terms.get(ownerId)?.requires ?? []).map((rule) => {
			const target = rule.facet ?? facetId;
			const inherited = ownerId === termId ? '' : ` (a rule of ${getTermLabel(index, facetId, ownerId)})`;
			return `A paper with this term also needs ${labels(index, target, rule.any_of)} in ${facetLabel(index, target)}${inherited}.`;
		}),
	);
}
