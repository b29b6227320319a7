import type { PaperRecord } from './paper-record';

/** Counts of papers for every pair of terms from two facets. */
export interface TermMatrix {
	rows: string[];
	cols: string[];
	/** counts[row][col]: papers having both terms (ancestors included). */
	counts: number[][];
}

/** Crosses two facets' terms and counts the papers having both; a zero cell is a combination nobody has tried. */
export function buildTermMatrix(
	papers: readonly Pick<PaperRecord, 'expandedTerms'>[],
	rowFacet: string,
	rows: readonly string[],
	colFacet: string,
	cols: readonly string[],
): TermMatrix {
	return {
		rows: [...rows],
		cols: [...cols],
		counts: rows.map((row) =>
			cols.map(
				(col) =>
					papers.filter(
						(paper) =>
							paper.expandedTerms[rowFacet]?.includes(row) && paper.expandedTerms[colFacet]?.includes(col),
					).length,
			),
		),
	};
}
