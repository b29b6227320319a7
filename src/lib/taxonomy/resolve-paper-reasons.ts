import type { PaperData } from '../../schemas/paper.ts';
import type { PaperTerms } from './resolve-paper-terms.ts';
import { currentTermId, type TaxonomyIndex } from './taxonomy-index.ts';

/** Facet id → current term id → the note's one-line reason for that tag. */
export type PaperReasons = Record<string, Record<string, string>>;

/** A paper's reasons keyed by current term ids (old ids resolved); facets and terms the note lacks are dropped. */
export function resolveReasons(
	reasons: PaperData['reasons'],
	terms: PaperTerms,
	index: TaxonomyIndex,
): PaperReasons {
	const resolved: PaperReasons = {};
	for (const [facetId, explained] of Object.entries(reasons)) {
		const facet = index.byId.get(facetId);
		if (!facet) continue;
		for (const [termId, reason] of Object.entries(explained)) {
			const id = currentTermId(facet, termId);
			if (id === undefined || !(terms[facetId] ?? []).includes(id)) continue;
			(resolved[facetId] ??= {})[id] = reason;
		}
	}
	return resolved;
}
