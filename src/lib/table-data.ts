import type { AttributeValue } from '../schemas/paper';
import type { Attribute } from '../schemas/survey-config';
import { formatAttributeValue } from './format-attribute';
import type { PaperRecord } from './paper-record';
import type { TaxonomyIndex } from './taxonomy-index';

/** Rows per static page of `/table/`: the first view stays small at any survey size; the script loads the rest on demand. */
export const TABLE_PAGE_SIZE = 100;

/** A column of `/table/` and `/papers.csv`: the paper, its date, each attribute, each facet. */
export interface TableColumn {
	/** `name`, `date`, an attribute id or a facet id; used in the URL. */
	key: string;
	label: string;
	kind: 'name' | 'date' | 'facet' | Attribute['type'];
	unit?: string;
	/** Allowed values of an enum attribute. */
	values?: string[];
}

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

/** A cell's raw value: text for the paper and date, the attribute's value, a facet's own term ids; null if none. */
export type TableValue = string | number | boolean | string[] | null;

/** One row of the compact `/table/data.json`: the slug, then one value per column. */
export type TableRow = [slug: string, ...values: TableValue[]];

/** Everything the table's script needs, loaded on demand from `/table/data.json`. */
export interface TableData {
	columns: TableColumn[];
	/** Facet id → term id → [label, parent id or null], to show labels and match a term's descendants. */
	terms: Record<string, Record<string, [string, string | null]>>;
	/** One row per paper, newest first. */
	rows: TableRow[];
}

/** Builds one paper's row; the name cell holds the short name. */
export function buildTableRow(paper: PaperRecord, columns: readonly TableColumn[]): TableRow {
	const values = paper.data.attributes as Record<string, AttributeValue>;
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
	};
}

/** Formats a cell for readers: term labels joined, attribute values with units, an empty string for none. */
export function formatTableCell(
	column: TableColumn,
	value: TableValue,
	termLabel: (facet: string, term: string) => string = (_facet, term) => term,
): string {
	if (value === null) return '';
	if (Array.isArray(value)) return value.map((term) => termLabel(column.key, term)).join(', ');
	if (column.kind === 'name' || column.kind === 'date' || column.kind === 'facet') return String(value);
	return formatAttributeValue({ type: column.kind, unit: column.unit }, value);
}
