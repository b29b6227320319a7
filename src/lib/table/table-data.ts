import type { Attribute } from '../../schemas/survey-config.ts';
import type { TableColumn, TableData, TableRow, TableValue } from './table-view.ts';
import type { PaperRecord } from '../papers/paper-record.ts';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';

/** Rows per static page of `/table/`: the first view stays small at any survey size; the script loads the rest on demand. */
export const TABLE_PAGE_SIZE = 100;

/** The table's columns in order: paper, date, the survey's attributes, then its facets. */
export function listTableColumns(attributes: readonly Attribute[], index: TaxonomyIndex): TableColumn[] {
	return [
		{ key: 'name', label: 'Paper', kind: 'name' },
		{ key: 'date', label: 'Date', kind: 'date' },
		...attributes.map((attribute): TableColumn => ({
			key: attribute.id,
			label: attribute.label,
			kind: attribute.type,
			...(attribute.unit && { unit: attribute.unit }),
			...(attribute.values && { values: attribute.values }),
		})),
		...index.facets.map((entry): TableColumn => ({
			key: entry.facet.id,
			label: entry.facet.label,
			kind: 'facet',
		})),
	];
}

/** Builds one paper's row; the name cell holds the short name. */
export function buildTableRow(paper: PaperRecord, columns: readonly TableColumn[]): TableRow {
	const values = paper.data.attributes;
	return [
		paper.slug,
		...columns.map((column): TableValue => {
			if (column.kind === 'name') return paper.name;
			if (column.kind === 'date') return paper.data.date;
			if (column.kind === 'facet') return paper.terms[column.key] ?? [];
			return values[column.key] ?? null;
		}),
	];
}

/** Builds `/table/data.json`: rows newest first, as the papers come. */
export function buildTableData(
	papers: readonly PaperRecord[],
	attributes: readonly Attribute[],
	index: TaxonomyIndex,
): TableData {
	const columns = listTableColumns(attributes, index);
	return {
		columns,
		terms: Object.fromEntries(
			index.facets.map((entry) => [
				entry.facet.id,
				Object.fromEntries(
					[...entry.terms].map(([id, term]) => [
						id,
						[term.label, term.parent ?? null] as [string, string | null],
					]),
				),
			]),
		),
		rows: papers.map((paper) => buildTableRow(paper, columns)),
		evidence: Object.fromEntries(
			papers
				.filter((paper) => Object.keys(paper.data.attribute_evidence).length > 0)
				.map((paper) => [paper.slug, paper.data.attribute_evidence]),
		),
	};
}
