import type { PaperRecord } from '../papers/paper-record.ts';

/** Papers per quarter, split into one series per term (a paper with two terms counts in both). */
export interface QuarterBins {
	/** `YYYY-Qn`, oldest first, with empty quarters filled in. */
	quarters: string[];
	series: { term: string; counts: number[] }[];
	/** Papers per quarter, each counted once. */
	totals: number[];
	/** Papers whose date gives only a year, which cannot be placed in a quarter. */
	yearOnly: number;
}

/** The quarter of a partial ISO date, or `undefined` when the date has no month. */
export function toQuarter(date: string): string | undefined {
	const [year, month] = date.split('-');
	return month ? `${year}-Q${Math.ceil(Number(month) / 3)}` : undefined;
}

/**
 * Bins papers by quarter and by their terms in one facet (top-level terms, through `expandedTerms`); papers with
 * no term in the facet form the series `''`.
 */
export function binPapersByQuarter(
	papers: readonly Pick<PaperRecord, 'data' | 'expandedTerms'>[],
	facetId: string,
	terms: readonly string[],
): QuarterBins {
	const dated = papers
		.map((paper) => ({ paper, quarter: toQuarter(paper.data.date) }))
		.filter(
			(entry): entry is { paper: (typeof papers)[number]; quarter: string } => entry.quarter !== undefined,
		);
	const quarters = fillQuarters(dated.map((entry) => entry.quarter));
	const position = new Map(quarters.map((quarter, index) => [quarter, index]));
	const keys = [...terms, ''];
	const counts = new Map(keys.map((term) => [term, quarters.map(() => 0)]));
	const totals = quarters.map(() => 0);
	for (const { paper, quarter } of dated) {
		const index = position.get(quarter)!;
		totals[index]!++;
		const own = (paper.expandedTerms[facetId] ?? []).filter((term) => terms.includes(term));
		for (const term of own.length > 0 ? own : ['']) counts.get(term)![index]!++;
	}
	return {
		quarters,
		series: keys
			.map((term) => ({ term, counts: counts.get(term)! }))
			.filter((entry) => entry.counts.some((count) => count > 0)),
		totals,
		yearOnly: papers.length - dated.length,
	};
}

function fillQuarters(present: readonly string[]): string[] {
	if (present.length === 0) return [];
	const sorted = [...present].sort();
	const [firstYear, firstQuarter] = sorted[0]!.split('-Q').map(Number) as [number, number];
	const [lastYear, lastQuarter] = sorted.at(-1)!.split('-Q').map(Number) as [number, number];
	const quarters: string[] = [];
	for (
		let year = firstYear, quarter = firstQuarter;
		year < lastYear || (year === lastYear && quarter <= lastQuarter);
		quarter === 4 ? ((quarter = 1), year++) : quarter++
	) {
		quarters.push(`${year}-Q${quarter}`);
	}
	return quarters;
}
