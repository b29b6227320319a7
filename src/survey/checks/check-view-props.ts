import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ruleProblems, viewProblems, type Problem } from '../../errors/catalogue';
import { suggestClosest } from '../../lib/suggest-closest';
import type { IndexedFacet, TaxonomyIndex } from '../../lib/taxonomy-index';
import type { BodyProblem } from './check-note-body';

/** One embedded view in a note or chapter body, with its literal string attributes. */
export interface ViewUsage {
	name: string;
	props: Record<string, string>;
	/** 1-based line and column in the body. */
	line: number;
	column: number;
}

const parser = unified().use(remarkParse).use(remarkMdx);
const VIEW_TAG = /<(?:PaperTable|Leaderboard|Timeline|Matrix)\b/;

/** Lists the embedded views of a body; a body that names none is not parsed, and one that fails to parse lists none. */
export function listViewUsages(body: string): ViewUsage[] {
	if (!VIEW_TAG.test(body)) return [];
	let tree;
	try {
		tree = parser.parse(body);
	} catch {
		// The body check reports the syntax error.
		return [];
	}
	const usages: ViewUsage[] = [];
	visit(tree, (node) => {
		if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
		if (!node.name || !['PaperTable', 'Leaderboard', 'Timeline', 'Matrix'].includes(node.name)) return;
		const props: Record<string, string> = {};
		for (const attribute of node.attributes)
			if (attribute.type === 'mdxJsxAttribute' && typeof attribute.value === 'string')
				props[attribute.name] = attribute.value;
		usages.push({
			name: node.name,
			props,
			line: node.position?.start.line ?? 1,
			column: node.position?.start.column ?? 1,
		});
	});
	return usages;
}

/**
 * Checks that every embedded view names facets, terms and benchmarks that exist, so `npm run check` catches what
 * would otherwise stop the build. A renamed term's old id works, with a warning; a removed term is an error.
 */
export function checkViewProps(
	usages: readonly ViewUsage[],
	index: TaxonomyIndex,
	benchmarkIds: readonly string[],
): BodyProblem[] {
	const found: BodyProblem[] = [];
	const facetIds = index.facets.map((entry) => entry.facet.id);
	const at = (usage: ViewUsage, problem: Problem) =>
		found.push({ problem, line: usage.line, column: usage.column });
	const checkFacet = (usage: ViewUsage, prop: string): IndexedFacet | undefined => {
		const value = usage.props[prop];
		if (value === undefined) {
			at(usage, viewProblems.missingProp(usage.name, prop));
			return undefined;
		}
		const facet = index.byId.get(value);
		if (facet) return facet;
		at(
			usage,
			viewProblems.unknownFacet(
				usage.name,
				prop,
				value,
				suggestClosest(
					value,
					facetIds.map((id) => ({ id })),
				),
				facetIds,
			),
		);
		return undefined;
	};
	for (const usage of usages) {
		if (usage.name === 'PaperTable') {
			const facet = checkFacet(usage, 'facet');
			const term = usage.props.term;
			if (!facet) continue;
			if (term === undefined) {
				at(usage, viewProblems.missingProp(usage.name, 'term'));
				continue;
			}
			if (facet.terms.has(term)) continue;
			const target = facet.redirects.get(term);
			const retired = facet.facet.retired.find((entry) => entry.id === term);
			if (target) at(usage, viewProblems.renamedTerm(facet.facet.id, term, target));
			else if (retired) at(usage, ruleProblems.retiredTerm(facet.facet.id, term, retired.reason));
			else
				at(
					usage,
					viewProblems.unknownTerm(
						facet.facet.id,
						term,
						suggestClosest(
							term,
							facet.facet.terms.map((entry) => ({ id: entry.id, aliases: [...entry.aliases, entry.label] })),
						),
						[...facet.terms.keys()],
					),
				);
		} else if (usage.name === 'Timeline') checkFacet(usage, 'facet');
		else if (usage.name === 'Matrix') {
			checkFacet(usage, 'rows');
			checkFacet(usage, 'cols');
		} else if (usage.name === 'Leaderboard') {
			const benchmark = usage.props.benchmark;
			if (benchmark === undefined) at(usage, viewProblems.missingProp(usage.name, 'benchmark'));
			else if (!benchmarkIds.includes(benchmark))
				at(
					usage,
					viewProblems.unknownBenchmark(
						benchmark,
						suggestClosest(
							benchmark,
							benchmarkIds.map((id) => ({ id })),
						),
						benchmarkIds,
					),
				);
		}
	}
	return found;
}
