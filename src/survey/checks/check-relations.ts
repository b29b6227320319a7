import { bodyProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import type { PaperData } from '../../schemas/paper.ts';
import { normaliseArxivId } from '../../lib/papers/normalise-paper-keys.ts';
import { suggestClosest } from '../../lib/text/suggest-closest.ts';

/** What relation checks look up: every note's slug, and the slug of each arXiv id in the survey. */
export interface RelationTargets {
	slugs: readonly string[];
	slugSet: ReadonlySet<string>;
	byArxiv: ReadonlyMap<string, string>;
}

/** Indexes the survey's papers once for {@link checkRelations}. */
export function indexRelationTargets(
	papers: readonly { slug: string; arxiv?: string | undefined }[],
): RelationTargets {
	const slugs = papers.map((paper) => paper.slug);
	return {
		slugs,
		slugSet: new Set(slugs),
		byArxiv: new Map(
			papers.filter((paper) => paper.arxiv).map((paper) => [normaliseArxivId(paper.arxiv!), paper.slug]),
		),
	};
}

/**
 * Checks a paper's relations against the survey: a target slug must exist and not be the paper itself, and an
 * outside arXiv id must not belong to a paper that is already in the survey.
 */
export function checkRelations(
	slug: string,
	relations: PaperData['relations'],
	targets: RelationTargets,
): LocatedProblem[] {
	const { slugs, slugSet, byArxiv } = targets;
	return relations.flatMap((relation, index): LocatedProblem[] => {
		if (relation.paper !== undefined) {
			const path = ['relations', index, 'paper'];
			if (relation.paper === slug) return [{ problem: bodyProblems.selfRelation(), path }];
			if (!slugSet.has(relation.paper))
				return [
					{
						problem: bodyProblems.unknownRelationTarget(
							relation.paper,
							suggestClosest(relation.paper, slugs),
						),
						path,
					},
				];
			return [];
		}
		const owner = relation.arxiv ? byArxiv.get(normaliseArxivId(relation.arxiv)) : undefined;
		if (owner === slug)
			return [{ problem: bodyProblems.selfRelation(), path: ['relations', index, 'arxiv'] }];
		if (owner)
			return [
				{
					problem: bodyProblems.relationShouldUseSlug(relation.arxiv!, owner),
					path: ['relations', index, 'arxiv'],
				},
			];
		return [];
	});
}
