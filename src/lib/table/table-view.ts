import type { Evidence } from '../results/format-evidence.ts';
/**
 * The table's shapes and cell formatting, shared by the build and the browser script; it imports no schema, so
 * nothing server-side reaches the browser bundle.
 */
import { formatAttributeValue } from '../results/format-attribute.ts';

/** A column of `/table/` and `/papers.csv`: the paper, its date, each attribute, each facet. */
export interface TableColumn {
	/** `name`, `date`, an attribute id or a facet id; used in the URL. */
	key: string;
	label: string;
	kind: 'name' | 'date' | 'facet' | 'number' | 'integer' | 'text' | 'enum' | 'boolean';
	unit?: string;
	/** Allowed values of an enum attribute. */
	values?: string[];
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
	/** Paper slug → attribute id → the words, page and version a value was read in, where the note gives them. */
	evidence: Record<string, Record<string, Evidence>>;
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
