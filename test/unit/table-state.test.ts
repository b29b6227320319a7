import { expect, test } from 'vitest';
import type { TableColumn, TableRow } from '../../src/lib/table/table-view';
import { applyTableState, parseTableState, serializeTableState } from '../../src/lib/table/table-state';

const columns: TableColumn[] = [
	{ key: 'name', label: 'Paper', kind: 'name' },
	{ key: 'date', label: 'Date', kind: 'date' },
	{ key: 'control-rate', label: 'Control rate', kind: 'number', unit: 'Hz' },
	{ key: 'output', label: 'Output', kind: 'enum', values: ['tokens', 'diffusion'] },
	{ key: 'open', label: 'Open', kind: 'boolean' },
	{ key: 'data', label: 'Data', kind: 'text' },
	{ key: 'method', label: 'Method', kind: 'facet' },
];
const rows: TableRow[] = [
	['c', 'C', '2025-03', 50, 'diffusion', true, '1M episodes', ['tree-search']],
	['b', 'B', '2024-11', null, 'tokens', null, null, ['learning']],
	['a', 'A', '2024-02-01', 10, 'tokens', false, '20k demos', []],
	['d', 'D', '2023', 120.5, null, true, null, ['planning']],
];
const slugs = (result: TableRow[]) => result.map((row) => row[0]);
const parse = (query: string) => parseTableState(new URLSearchParams(query), columns);

test('the default state is newest first with nothing filtered, and writes an empty query', () => {
	expect(parse('')).toEqual({ sort: 'date', descending: true, filters: {} });
	expect(serializeTableState(parse(''), columns)).toBe('');
	expect(slugs(applyTableState(rows, columns, parse('')))).toEqual(['c', 'b', 'a', 'd']);
});

test('"which policies act at 50 Hz or more?": an open range, sorted by rate, missing values never match', () => {
	const state = parse('control-rate=50..&sort=-control-rate');
	expect(state.filters['control-rate']).toEqual({ kind: 'range', min: 50 });
	expect(slugs(applyTableState(rows, columns, state))).toEqual(['d', 'c']);
	expect(serializeTableState(state, columns)).toBe('?sort=-control-rate&control-rate=50..');
});

test('sorting puts papers without a value last in both directions', () => {
	expect(slugs(applyTableState(rows, columns, parse('sort=control-rate')))).toEqual(['a', 'c', 'd', 'b']);
	expect(slugs(applyTableState(rows, columns, parse('sort=-control-rate')))).toEqual(['d', 'c', 'a', 'b']);
	expect(slugs(applyTableState(rows, columns, parse('sort=name')))).toEqual(['a', 'b', 'c', 'd']);
});

test('values, booleans, words and terms (with their ancestors) filter; state round-trips through the URL', () => {
	const expand = (_facet: string, term: string) => (term === 'tree-search' ? [term, 'planning'] : [term]);
	const query = '?output=tokens,diffusion&open=yes&data=episodes&method=planning&cols=name,control-rate';
	const state = parse(query);
	expect(slugs(applyTableState(rows, columns, state, expand))).toEqual(['c']);
	expect(state.columns).toEqual(['name', 'control-rate']);
	expect(serializeTableState(state, columns)).toBe(query);
	expect(parse(serializeTableState(state, columns))).toEqual(state);
});

test('unknown columns, bad numbers and unknown sort keys are ignored', () => {
	expect(parse('sort=-nope&control-rate=abc..&unknown=1&cols=zzz')).toEqual({
		sort: 'date',
		descending: true,
		filters: {},
	});
});
