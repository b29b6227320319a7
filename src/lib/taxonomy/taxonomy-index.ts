import type { Facet, Term } from '../../schemas/facet.ts';

/** A facet with its terms indexed for lookups; built once per build from the validated taxonomy. */
export interface IndexedFacet {
	facet: Facet;
	/** Current term ids → terms. */
	terms: Map<string, Term>;
	/** Old ids from `redirect_from` → current term id. */
	redirects: Map<string, string>;
	/** Term id → ids of its direct children, in file order. */
	children: Map<string, string[]>;
	/** Top-level term ids, in file order. */
	roots: string[];
}

/** The whole taxonomy, facets in the survey's configured order. */
export interface TaxonomyIndex {
	facets: IndexedFacet[];
	byId: Map<string, IndexedFacet>;
}

/** Indexes facets for lookups, keeping only the facets named in `order`, in that order. */
export function buildTaxonomyIndex(facets: readonly Facet[], order: readonly string[]): TaxonomyIndex {
	const byFileId = new Map(facets.map((facet) => [facet.id, facet]));
	const indexed = order.flatMap((id) => {
		const facet = byFileId.get(id);
		return facet ? [indexFacet(facet)] : [];
	});
	return { facets: indexed, byId: new Map(indexed.map((entry) => [entry.facet.id, entry])) };
}

/** Indexes one facet's terms, children and redirects. */
export function indexFacet(facet: Facet): IndexedFacet {
	const terms = new Map(facet.terms.map((term) => [term.id, term]));
	const redirects = new Map<string, string>();
	const children = new Map<string, string[]>(facet.terms.map((term) => [term.id, []]));
	const roots: string[] = [];
	for (const term of facet.terms) {
		for (const oldId of term.redirect_from) redirects.set(oldId, term.id);
		if (term.parent && terms.has(term.parent)) children.get(term.parent)?.push(term.id);
		else roots.push(term.id);
	}
	return { facet, terms, redirects, children, roots };
}

/**
 * What a term id written somewhere (a note's taxonomy or reasons, a chapter's component, a suggestion) names in its
 * facet: a current term, the old id of a renamed or merged term (`redirect_from`), a removed term (`retired`), or
 * nothing. The one place an old id becomes the current one. Aliases are names readers search for, never ids: they
 * only feed "did you mean" for an unknown id.
 */
export type ResolvedTermId =
	| { status: 'current'; id: string }
	| { status: 'renamed'; id: string }
	| { status: 'retired'; reason: string }
	| { status: 'unknown' };

/**
 * Resolves a written term id within its facet; see {@link ResolvedTermId}.
 * @example resolveTermId(worldModel, 'data-engine') // { status: 'renamed', id: 'simulator' }
 */
export function resolveTermId(facet: IndexedFacet, written: string): ResolvedTermId {
	if (facet.terms.has(written)) return { status: 'current', id: written };
	const renamed = facet.redirects.get(written);
	if (renamed !== undefined) return { status: 'renamed', id: renamed };
	const retired = facet.facet.retired.find((entry) => entry.id === written);
	return retired ? { status: 'retired', reason: retired.reason } : { status: 'unknown' };
}

/**
 * The current id a written term id stands for (itself, or the term it was renamed to); `undefined` for a removed or
 * unknown id, or an unknown facet.
 * @example currentTermId(worldModel, 'data-engine') // 'simulator'
 */
export function currentTermId(facet: IndexedFacet | undefined, written: string): string | undefined {
	if (!facet) return undefined;
	const resolved = resolveTermId(facet, written);
	return resolved.status === 'current' || resolved.status === 'renamed' ? resolved.id : undefined;
}

/** Returns the ids of a term's ancestors, nearest first; stops safely on a cycle. */
export function listAncestors(facet: IndexedFacet, termId: string): string[] {
	const ancestors: string[] = [];
	let parent = facet.terms.get(termId)?.parent;
	while (parent && facet.terms.has(parent) && !ancestors.includes(parent) && parent !== termId) {
		ancestors.push(parent);
		parent = facet.terms.get(parent)?.parent;
	}
	return ancestors;
}

/** Returns the ids of a term's descendants, depth first in file order. */
export function listDescendants(facet: IndexedFacet, termId: string): string[] {
	const found: string[] = [];
	const visit = (id: string) => {
		for (const child of facet.children.get(id) ?? []) {
			if (found.includes(child) || child === termId) continue;
			found.push(child);
			visit(child);
		}
	};
	visit(termId);
	return found;
}

/** Expands term ids with all their ancestors, keeping first-seen order and no repeats. */
export function expandWithAncestors(facet: IndexedFacet, termIds: readonly string[]): string[] {
	const expanded: string[] = [];
	for (const id of termIds) {
		for (const candidate of [id, ...listAncestors(facet, id)]) {
			if (!expanded.includes(candidate)) expanded.push(candidate);
		}
	}
	return expanded;
}

/** Returns the path of term ids from the root down to `termId`, inclusive. */
export function listTermPath(facet: IndexedFacet, termId: string): string[] {
	return [...listAncestors(facet, termId).reverse(), termId];
}

/** Returns a term's label, or its id when the term is unknown. */
export function getTermLabel(index: TaxonomyIndex, facetId: string, termId: string): string {
	return index.byId.get(facetId)?.terms.get(termId)?.label ?? termId;
}

/** The CSS class that gives a facet's chips their colour family, by the facet's configured position. */
export function getFacetClass(index: TaxonomyIndex, facetId: string): string {
	return `facet-${
		Math.max(
			0,
			index.facets.findIndex((entry) => entry.facet.id === facetId),
		) % 8
	}`;
}

/** A facet's term ids in tree order: each top-level term followed by its descendants. */
export function listTermsInTreeOrder(facet: IndexedFacet): string[] {
	return facet.roots.flatMap((root) => [root, ...listDescendants(facet, root)]);
}
