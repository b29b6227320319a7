import { problems, ruleProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import { suggestClosest } from '../text/suggest-closest.ts';
import { resolveTermId, type TaxonomyIndex } from './taxonomy-index.ts';

/** A paper's terms after validation: facet id → current term ids as written (old ids resolved), no ancestors. */
export type PaperTerms = Record<string, string[]>;

/**
 * Validates a paper's `taxonomy` field against the taxonomy and resolves renamed terms. Unknown facets and terms
 * are reported with suggestions; every configured facet appears in the result, empty where the paper has none.
 */
export function resolvePaperTerms(
	taxonomy: Readonly<Record<string, readonly string[]>>,
	index: TaxonomyIndex,
): { terms: PaperTerms; problems: LocatedProblem[] } {
	const found: LocatedProblem[] = [];
	const terms: PaperTerms = Object.fromEntries(index.facets.map((entry) => [entry.facet.id, [] as string[]]));
	const facetIds = index.facets.map((entry) => entry.facet.id);

	for (const [facetId, values] of Object.entries(taxonomy)) {
		const facet = index.byId.get(facetId);
		if (!facet) {
			found.push({
				problem: problems.unknownFacet(facetId, suggestClosest(facetId, facetIds), facetIds),
				path: ['taxonomy', facetId],
			});
			continue;
		}
		const resolved = terms[facetId]!;
		values.forEach((value, position) => {
			const path = ['taxonomy', facetId, position];
			const resolution = resolveTermId(facet, value);
			switch (resolution.status) {
				case 'retired':
					found.push({ problem: ruleProblems.retiredTerm(facetId, value, resolution.reason), path });
					return;
				case 'unknown': {
					const candidates = facet.facet.terms.map((term) => ({
						id: term.id,
						aliases: [...term.aliases, term.label],
					}));
					found.push({
						problem: problems.unknownTerm(facetId, value, suggestClosest(value, candidates), [
							...facet.terms.keys(),
						]),
						path,
					});
					return;
				}
				case 'renamed':
					found.push({ problem: problems.renamedTerm(facetId, value, resolution.id), path });
			}
			const { id } = resolution;
			if (resolved.includes(id)) found.push({ problem: problems.repeatedTerm(facetId, id), path });
			else resolved.push(id);
		});
	}

	for (const facet of index.facets) {
		const { id, multiple, required } = facet.facet;
		const chosen = terms[id]!;
		const path = id in taxonomy ? ['taxonomy', id] : ['taxonomy'];
		if (!multiple && chosen.length > 1) found.push({ problem: problems.tooManyTerms(id, chosen), path });
		if (required && chosen.length === 0 && !found.some((f) => f.path[1] === id)) {
			found.push({ problem: problems.emptyRequiredFacet(id, [...facet.terms.keys()]), path });
		}
	}
	return { terms, problems: found };
}
