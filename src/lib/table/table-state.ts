import type { TableColumn, TableRow, TableValue } from './table-view.ts';

/** A filter on one column: a numeric range, a set of accepted values, or words a text must contain. */
export type ColumnFilter =
	| { kind: 'range'; min?: number; max?: number }
	| { kind: 'values'; values: string[] }
	| { kind: 'text'; text: string };

/** Everything `/table/` shows, as written in the URL. */
export interface TableState {
	/** Column key to sort by. */
	sort: string;
	descending: boolean;
	/** Column key → filter. */
	filters: Record<string, ColumnFilter>;
	/** Visible columns in table order; undefined shows them all. */
	columns?: string[];
}

/** Newest first, nothing filtered, every column. */
export const DEFAULT_TABLE_STATE: TableState = { sort: 'date', descending: true, filters: {} };

const isNumeric = (column: TableColumn) => column.kind === 'number' || column.kind === 'integer';
const isChoice = (column: TableColumn) =>
	column.kind === 'enum' || column.kind === 'boolean' || column.kind === 'facet';

const toNumber = (text: string | undefined) =>
	text !== undefined && text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined;

/**
 * Reads a table state from URL parameters: `sort=<key>` or `sort=-<key>` (descending), `<number column>=min..max`
 * (either end optional), `<choice column>=a,b` (any of), `<text column>=words`, and `cols=a,b` for the visible
 * columns. Unknown columns and malformed values are ignored.
 *
 * @example parseTableState(new URLSearchParams('sort=-control-rate&control-rate=50..'), columns)
 */
export function parseTableState(params: URLSearchParams, columns: readonly TableColumn[]): TableState {
	const byKey = new Map(columns.map((column) => [column.key, column]));
	const sortParam = params.get('sort') ?? '';
	const sortKey = sortParam.replace(/^-/, '');
	const state: TableState = byKey.has(sortKey)
		? { sort: sortKey, descending: sortParam.startsWith('-'), filters: {} }
		: { ...DEFAULT_TABLE_STATE, filters: {} };
	for (const column of columns) {
		const raw = params.get(column.key);
		if (raw === null || raw.trim() === '' || column.kind === 'name' || column.kind === 'date') continue;
		if (isNumeric(column)) {
			const [low, high] = raw.includes('..') ? raw.split('..') : [raw, raw];
			const min = toNumber(low);
			const max = toNumber(high);
			if (min !== undefined || max !== undefined)
				state.filters[column.key] = {
					kind: 'range',
					...(min !== undefined && { min }),
					...(max !== undefined && { max }),
				};
		} else if (isChoice(column)) {
			const values = [...new Set(raw.split(',').filter(Boolean))];
			if (values.length > 0) state.filters[column.key] = { kind: 'values', values };
		} else state.filters[column.key] = { kind: 'text', text: raw.trim() };
	}
	const visible = (params.get('cols') ?? '').split(',').filter((key) => byKey.has(key));
	if (visible.length > 0) state.columns = columns.map((c) => c.key).filter((key) => visible.includes(key));
	return state;
}

/** Writes a table state as a query string ('' for the default state); the inverse of {@link parseTableState}. */
export function serializeTableState(state: TableState, columns: readonly TableColumn[]): string {
	const params = new URLSearchParams();
	if (state.sort !== DEFAULT_TABLE_STATE.sort || state.descending !== DEFAULT_TABLE_STATE.descending)
		params.set('sort', `${state.descending ? '-' : ''}${state.sort}`);
	for (const column of columns) {
		const filter = state.filters[column.key];
		if (!filter) continue;
		if (filter.kind === 'range') params.set(column.key, `${filter.min ?? ''}..${filter.max ?? ''}`);
		else if (filter.kind === 'values') params.set(column.key, filter.values.join(','));
		else params.set(column.key, filter.text);
	}
	if (state.columns && state.columns.length < columns.length) params.set('cols', state.columns.join(','));
	const text = params.toString().replace(/%2C/g, ',');
	return text ? `?${text}` : '';
}

/** Whether one cell passes a filter; `expand` lists a facet term with its ancestors, so a parent matches its children. */
export function matchesFilter(
	filter: ColumnFilter,
	value: TableValue,
	expand: (term: string) => string[] = (term) => [term],
): boolean {
	if (filter.kind === 'range') {
		if (typeof value !== 'number') return false;
		return (
			(filter.min === undefined || value >= filter.min) && (filter.max === undefined || value <= filter.max)
		);
	}
	if (filter.kind === 'values') {
		if (Array.isArray(value))
			return value.some((term) => expand(term).some((id) => filter.values.includes(id)));
		if (typeof value === 'boolean') return filter.values.includes(value ? 'yes' : 'no');
		return value !== null && filter.values.includes(String(value));
	}
	const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
	const text = (Array.isArray(value) ? value.join(' ') : String(value ?? '')).toLowerCase();
	return words.every((word) => text.includes(word));
}

const compareValues = (a: TableValue, b: TableValue): number => {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	const text = (value: TableValue) => (Array.isArray(value) ? value.join(' ') : String(value));
	return text(a).localeCompare(text(b), 'en', { numeric: true, sensitivity: 'base' });
};

const isEmpty = (value: TableValue) => value === null || (Array.isArray(value) && value.length === 0);

/**
 * Filters and sorts rows by a state. Papers without a value in the sorted column come last in either direction;
 * ties keep the incoming order (newest first), so the result never shuffles between runs.
 */
export function applyTableState(
	rows: readonly TableRow[],
	columns: readonly TableColumn[],
	state: TableState,
	expand?: (facet: string, term: string) => string[],
): TableRow[] {
	const position = new Map(columns.map((column, index) => [column.key, index + 1]));
	const filters = Object.entries(state.filters).flatMap(([key, filter]) =>
		position.has(key) ? [{ key, at: position.get(key)!, filter }] : [],
	);
	const kept = rows.filter((row) =>
		filters.every(({ key, at, filter }) =>
			matchesFilter(filter, row[at] as TableValue, expand && ((term) => expand(key, term))),
		),
	);
	const at = position.get(state.sort) ?? 2;
	const order = kept.map((row, index) => ({ row, index }));
	order.sort((a, b) => {
		const x = a.row[at] as TableValue;
		const y = b.row[at] as TableValue;
		if (isEmpty(x) || isEmpty(y)) return Number(isEmpty(x)) - Number(isEmpty(y)) || a.index - b.index;
		return (state.descending ? -1 : 1) * compareValues(x, y) || a.index - b.index;
	});
	return order.map((entry) => entry.row);
}
