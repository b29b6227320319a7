import type { Evidence } from '../results/format-evidence.ts';
/**
 * What `/compare/` shows, laid out from the small per-paper files: shared by the build and the browser script, so
 * it imports no schema.
 */

/** One paper as `/compare/` reads it, from `/compare/data/<slug>.json`: only what the columns show. */
export interface ComparePaper {
	slug: string;
	name: string;
	title: string;
	/** The date as readers see it, e.g. "12 Sep 2025". */
	date: string;
	venue?: string;
	/** Outbound links: arXiv, PDF, code, project page. */
	links: { label: string; href: string }[];
	/** Facet id → the paper's own terms (renamed ids resolved). */
	terms: Record<string, string[]>;
	/** Facet id → term id → why the term applies, where the note says. */
	reasons: Record<string, Record<string, string>>;
	/** Attribute id → formatted value, with its unit. */
	attributes: Record<string, string>;
	/** Attribute id → the words, page and version a value was read in, where the note gives them. */
	attributeEvidence: Record<string, Evidence>;
	results: {
		/** `benchmark/protocol/suite/metric`: the row a result aligns on, so only like results share a row. */
		key: string;
		value: number;
		/** Labels of the inputs the result declares, e.g. "wrist image". */
		inputs?: string[];
		/** Why the result fits none of the benchmark's protocols. */
		unranked?: string;
		setting?: string;
		evidence: Evidence;
	}[];
	/** Relations to papers in the survey, read "this paper <phrase> <slug>". */
	relations: { type: string; paper: string }[];
}

/** Labels shared by every comparison, from `/compare/meta.json`. */
export interface CompareMeta {
	facets: { id: string; label: string; terms: Record<string, string> }[];
	attributes: { id: string; label: string; description: string }[];
	/** `benchmark/protocol/suite/metric` → label, for every metric of every benchmark, protocols and suites included. */
	results: Record<string, string>;
	/** Relation type → phrase read forward. */
	relations: Record<string, string>;
}

/** Reads `?papers=a,b,c` into at most `max` distinct slugs, in order. */
export function parseCompareSlugs(value: string | null, max = 5): string[] {
	const slugs = (value ?? '')
		.split(',')
		.map((slug) => slug.trim())
		.filter((slug) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug));
	return [...new Set(slugs)].slice(0, max);
}

/** One row of a comparison: a label and one cell per paper; `differs` when the cells do not all agree. */
export interface CompareRow<Cell> {
	id: string;
	label: string;
	cells: Cell[];
	differs: boolean;
}

/** Whether cells, compared by their key, are not all the same. */
export function differs<Cell>(cells: readonly Cell[], keyOf: (cell: Cell) => string): boolean {
	return new Set(cells.map(keyOf)).size > 1;
}

/** A cell of the comparison: terms with their reasons, a formatted attribute, or a reported result. */
export type CompareCell =
	| { kind: 'terms'; terms: { id: string; label: string; reason?: string }[] }
	| { kind: 'text'; text?: string | undefined; evidence?: Evidence | undefined }
	| { kind: 'result'; result?: ComparePaper['results'][number] | undefined };

/** A titled group of rows: the facets, the attributes, the results. */
export interface CompareSection {
	id: string;
	title: string;
	rows: CompareRow<CompareCell>[];
}

const cellKey = (cell: CompareCell): string =>
	cell.kind === 'terms'
		? cell.terms
				.map((term) => term.id)
				.sort()
				.join(' ')
		: cell.kind === 'text'
			? (cell.text ?? '')
			: cell.result
				? String(cell.result.value)
				: '';

const makeRow = (id: string, label: string, cells: CompareCell[]): CompareRow<CompareCell> => ({
	id,
	label,
	cells,
	differs: differs(cells, cellKey),
});

/**
 * Lays out a comparison: one row per facet, per attribute some paper fills in, and per benchmark metric some paper
 * reports (metrics two or more papers share first), each with one cell per paper in column order.
 */
export function buildCompareSections(meta: CompareMeta, papers: readonly ComparePaper[]): CompareSection[] {
	const facets = meta.facets.map((facet) =>
		makeRow(
			`facet-${facet.id}`,
			facet.label,
			papers.map((paper) => ({
				kind: 'terms',
				terms: (paper.terms[facet.id] ?? []).map((id) => ({
					id,
					label: facet.terms[id] ?? id,
					...(paper.reasons[facet.id]?.[id] && { reason: paper.reasons[facet.id]![id] }),
				})),
			})),
		),
	);
	const attributes = meta.attributes
		.filter((attribute) => papers.some((paper) => paper.attributes[attribute.id] !== undefined))
		.map((attribute) =>
			makeRow(
				`attribute-${attribute.id}`,
				attribute.label,
				papers.map((paper) => ({
					kind: 'text',
					text: paper.attributes[attribute.id],
					evidence: paper.attributeEvidence[attribute.id],
				})),
			),
		);
	const keys = [...new Set(papers.flatMap((paper) => paper.results.map((result) => result.key)))];
	const reporters = (key: string) =>
		papers.filter((paper) => paper.results.some((r) => r.key === key)).length;
	const results = keys
		.map((key, order) => ({ key, order, shared: reporters(key) }))
		.sort((a, b) => Number(b.shared > 1) - Number(a.shared > 1) || a.order - b.order)
		.map(({ key }) =>
			makeRow(
				`result-${key}`,
				meta.results[key] ?? key,
				papers.map((paper) => ({ kind: 'result', result: paper.results.find((r) => r.key === key) })),
			),
		);
	return [
		{ id: 'facets', title: 'Taxonomy', rows: facets },
		{ id: 'attributes', title: 'Attributes', rows: attributes },
		{ id: 'results', title: 'Results', rows: results },
	].filter((section) => section.rows.length > 0);
}

/** The relations among the compared papers only, phrased "A extends B". */
export function listCompareRelations(
	meta: CompareMeta,
	papers: readonly ComparePaper[],
): { from: string; phrase: string; to: string }[] {
	const names = new Map(papers.map((paper) => [paper.slug, paper.name]));
	return papers.flatMap((paper) =>
		paper.relations
			.filter((relation) => names.has(relation.paper) && relation.paper !== paper.slug)
			.map((relation) => ({
				from: paper.name,
				phrase: meta.relations[relation.type] ?? relation.type,
				to: names.get(relation.paper)!,
			})),
	);
}
