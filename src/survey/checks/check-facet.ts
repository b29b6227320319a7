import { problems, ruleProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import type { Facet } from '../../schemas/facet.ts';
import { suggestClosest } from '../../lib/text/suggest-closest.ts';

/**
 * Checks what the facet schema cannot see: duplicate term ids, unknown parents, parent cycles, clashing redirects
 * and retired ids, and a facet id that differs from its file name.
 */
export function checkFacet(facet: Facet, fileId: string): LocatedProblem[] {
	const found: LocatedProblem[] = [];
	if (facet.id !== fileId) found.push({ problem: problems.facetIdMismatch(facet.id, fileId), path: ['id'] });

	const firstIndex = new Map<string, number>();
	facet.terms.forEach((term, index) => {
		const first = firstIndex.get(term.id);
		if (first === undefined) firstIndex.set(term.id, index);
		else
			found.push({
				problem: problems.duplicateTermId(facet.id, term.id, undefined),
				path: ['terms', index, 'id'],
			});
	});

	const ids = [...firstIndex.keys()];
	facet.terms.forEach((term, index) => {
		if (term.parent && !firstIndex.has(term.parent)) {
			const suggestions = suggestClosest(term.parent, ids);
			found.push({
				problem: problems.unknownParent(facet.id, term.id, term.parent, suggestions),
				path: ['terms', index, 'parent'],
			});
		}
	});

	found.push(...findParentCycles(facet));

	const redirectOwners = new Map<string, string[]>();
	for (const term of facet.terms) {
		for (const oldId of term.redirect_from)
			redirectOwners.set(oldId, [...(redirectOwners.get(oldId) ?? []), term.id]);
	}
	for (const [oldId, owners] of redirectOwners) {
		const clashes = firstIndex.has(oldId) ? [...owners, oldId] : owners;
		if (clashes.length > 1) {
			const index = facet.terms.findIndex((term) => term.redirect_from.includes(oldId));
			found.push({
				problem: problems.redirectClash(facet.id, oldId, [...new Set(clashes)]),
				path: ['terms', index, 'redirect_from'],
			});
		}
	}
	facet.retired.forEach((retired, index) => {
		const owner = firstIndex.has(retired.id)
			? 'a current term id'
			: redirectOwners.has(retired.id)
				? `an old id of "${redirectOwners.get(retired.id)![0]}"`
				: facet.retired.findIndex((other) => other.id === retired.id) < index
					? 'retired twice'
					: undefined;
		if (owner)
			found.push({
				problem: ruleProblems.retiredClash(facet.id, retired.id, owner),
				path: ['retired', index, 'id'],
			});
	});
	return found;
}

function findParentCycles(facet: Facet): LocatedProblem[] {
	const parentOf = new Map(facet.terms.map((term) => [term.id, term.parent]));
	const reported = new Set<string>();
	const found: LocatedProblem[] = [];
	for (const term of facet.terms) {
		const chain: string[] = [];
		let current: string | undefined = term.id;
		while (current !== undefined && parentOf.has(current) && !chain.includes(current)) {
			chain.push(current);
			current = parentOf.get(current);
		}
		if (current === undefined || !chain.includes(current)) continue;
		const cycle = chain.slice(chain.indexOf(current));
		const key = [...cycle].sort().join(' ');
		if (reported.has(key)) continue;
		reported.add(key);
		// Start the cycle at the term that appears first in the file, so the message is stable.
		const start = cycle.indexOf(facet.terms.find((t) => cycle.includes(t.id))?.id ?? cycle[0]!);
		const ordered = [...cycle.slice(start), ...cycle.slice(0, start)];
		const index = facet.terms.findIndex((t) => t.id === ordered[0]);
		found.push({
			problem: problems.parentCycle([...ordered, ordered[0]!]),
			path: ['terms', index, 'parent'],
		});
	}
	return found;
}
