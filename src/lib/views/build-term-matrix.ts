import type { PaperRecord } from '../papers/paper-record.ts';

/** Counts of papers for every pair of terms from two facets. */
export interface TermMatrix {
	rows: string[];
	cols: string[];
	/** counts[row][col]: papers having both terms (ancestors included). */
	counts: number[][];
}

/**
 * Crosses two facets' terms and counts the papers having both; a zero cell is a combination nobody has tried.
 * One pass over the papers, each adding to the cells of its own pairs of terms.
 */
export function buildTermMatrix(
	papers: readonly Pick<PaperRecord, 'expandedTerms'>[],
	rowFacet: string,
	rows: readonly string[],
	colFacet: string,
	cols: readonly string[],
): TermMatrix {
	const rowIndex = new Map(rows.map((row, position) => [row, position]));
	const colIndex = new Map(cols.map((col, position) => [col, position]));
	const counts = rows.map(() => cols.map(() => 0));
	for (const paper of papers) {
		// A term listed twice (as a term and as an ancestor) still counts the paper once.
		const paperRows = new Set(paper.expandedTerms[rowFacet] ?? []);
		const paperCols = new Set(paper.expandedTerms[colFacet] ?? []);
		for (const row of paperRows) {
			const rowAt = rowIndex.get(row);
			if (rowAt === undefined) continue;
			for (const col of paperCols) {
				const colAt = colIndex.get(col);
				if (colAt !== undefined) counts[rowAt]![colAt]! += 1;
			}
		}
	}
	return { rows: [...rows], cols: [...cols], counts };
}
