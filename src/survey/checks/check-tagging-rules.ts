import { problems, ruleProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import type { Facet } from '../../schemas/facet.ts';
import type { PaperData } from '../../schemas/paper.ts';
import type { PaperTerms } from '../../lib/taxonomy/resolve-paper-terms.ts';
import { suggestClosest } from '../../lib/text/suggest-closest.ts';
import {
	currentTermId,
	expandWithAncestors,
	type IndexedFacet,
	type TaxonomyIndex,
} from '../../lib/taxonomy/taxonomy-index.ts';

const termCandidates = (facet: IndexedFacet) =>
	facet.facet.terms.map((term) => ({ id: term.id, aliases: [...term.aliases, term.label] }));

/**
 * Checks that a facet's tagging rules (`empty_when`, and `requires` on its terms) name facets and terms that exist,
 * so that no rule silently never fires. Paths point into the facet's own file.
 */
export function checkRuleReferences(facet: Facet, index: TaxonomyIndex): LocatedProblem[] {
	const found: LocatedProblem[] = [];
	const facetIds = index.facets.map((entry) => entry.facet.id);
	const checkTerms = (
		field: string,
		facetId: string,
		termIds: readonly string[],
		path: (string | number)[],
	) => {
		const target = index.byId.get(facetId);
		if (!target) {
			found.push({
				problem: ruleProblems.unknownRuleFacet(
					field,
					facetId,
					suggestClosest(
						facetId,
						facetIds.map((id) => ({ id })),
					),
					facetIds,
				),
				path: [...path, 'facet'],
			});
			return;
		}
		termIds.forEach((termId, position) => {
			if (target.terms.has(termId)) return;
			found.push({
				problem: ruleProblems.unknownRuleTerm(
					field,
					facetId,
					termId,
					suggestClosest(termId, termCandidates(target)),
					[...target.terms.keys()],
				),
				path: [...path, field.endsWith('requires') ? 'any_of' : 'only', position],
			});
		});
	};
	facet.empty_when.forEach((rule, position) =>
		checkTerms('empty_when', rule.facet, rule.only, ['empty_when', position]),
	);
	facet.terms.forEach((term, termPosition) =>
		term.requires.forEach((rule, position) =>
			checkTerms(`${term.id}.requires`, rule.facet ?? facet.id, rule.any_of, [
				'terms',
				termPosition,
				'requires',
				position,
			]),
		),
	);
	return found;
}

/** Whether any of `termIds`, or an ancestor of one, is in `wanted`. */
function matchesAny(facet: IndexedFacet, termIds: readonly string[], wanted: readonly string[]): boolean {
	return expandWithAncestors(facet, termIds).some((id) => wanted.includes(id));
}

/**
 * Checks a paper's resolved terms against the taxonomy's tagging rules: facets that must stay empty (`empty_when`)
 * and terms that need another term (`requires`, inherited by sub-terms). `taxonomy` is the note's field as written,
 * used to point at the right list entry.
 */
export function checkTaggingRules(
	terms: PaperTerms,
	taxonomy: Readonly<Record<string, readonly string[]>>,
	index: TaxonomyIndex,
): LocatedProblem[] {
	const found: LocatedProblem[] = [];
	for (const entry of index.facets) {
		const facetId = entry.facet.id;
		const chosen = terms[facetId] ?? [];
		if (chosen.length === 0) continue;

		for (const rule of entry.facet.empty_when) {
			const deciding = index.byId.get(rule.facet);
			const decidingTerms = terms[rule.facet] ?? [];
			if (!deciding || decidingTerms.length === 0) continue;
			if (decidingTerms.every((id) => matchesAny(deciding, [id], rule.only))) {
				found.push({
					problem: ruleProblems.facetMustStayEmpty(facetId, rule.facet, decidingTerms, rule.only),
					path: ['taxonomy', facetId],
				});
			}
		}

		for (const termId of chosen) {
			for (const ownerId of expandWithAncestors(entry, [termId])) {
				for (const rule of entry.facet.terms.find((term) => term.id === ownerId)?.requires ?? []) {
					const requiredFacetId = rule.facet ?? facetId;
					const requiredFacet = index.byId.get(requiredFacetId);
					if (!requiredFacet) continue;
					const others = (terms[requiredFacetId] ?? []).filter(
						(id) => requiredFacetId !== facetId || id !== termId,
					);
					if (matchesAny(requiredFacet, others, rule.any_of)) continue;
					const written = taxonomy[facetId] ?? [];
					const position = written.findIndex((value) => currentTermId(entry, value) === termId);
					found.push({
						problem: ruleProblems.missingRequiredTerm(facetId, ownerId, requiredFacetId, rule.any_of),
						path: position >= 0 ? ['taxonomy', facetId, position] : ['taxonomy', facetId],
					});
				}
			}
		}
	}
	return found;
}

/**
 * Checks a paper's `reasons`: every facet must exist and every explained term must be one the note lists (an old id
 * of a listed term is read as that term, with the usual warning).
 */
export function checkReasons(
	reasons: PaperData['reasons'],
	terms: PaperTerms,
	index: TaxonomyIndex,
): LocatedProblem[] {
	const found: LocatedProblem[] = [];
	const facetIds = index.facets.map((entry) => entry.facet.id);
	for (const [facetId, explained] of Object.entries(reasons)) {
		const facet = index.byId.get(facetId);
		if (!facet) {
			found.push({
				problem: ruleProblems.unknownReasonFacet(
					facetId,
					suggestClosest(
						facetId,
						facetIds.map((id) => ({ id })),
					),
					facetIds,
				),
				path: ['reasons', facetId],
			});
			continue;
		}
		const assigned = terms[facetId] ?? [];
		for (const termId of Object.keys(explained)) {
			const resolved = currentTermId(facet, termId);
			if (resolved !== undefined && assigned.includes(resolved)) {
				if (resolved !== termId)
					found.push({
						problem: problems.renamedTerm(facetId, termId, resolved, `reasons.${facetId}`),
						path: ['reasons', facetId, termId],
					});
				continue;
			}
			const candidates = assigned.map((id) => {
				const term = facet.terms.get(id);
				return { id, aliases: term ? [...term.aliases, term.label] : [] };
			});
			found.push({
				problem: ruleProblems.reasonWithoutTerm(
					facetId,
					termId,
					suggestClosest(termId, candidates),
					assigned,
				),
				path: ['reasons', facetId, termId],
			});
		}
	}
	return found;
}
