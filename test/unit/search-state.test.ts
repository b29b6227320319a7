import { describe, expect, test } from 'vitest';
import { parseSearchState, serializeSearchState, toPagefindFilters } from '../../src/lib/browse/search-state';

const facets = ['method', 'setting'];

describe('search state in the URL', () => {
	test('reads the query and repeated or comma-separated facet values, ignoring other parameters', () => {
		const state = parseSearchState(
			new URLSearchParams('q=+giraffe+&method=planning&method=learning,planning&utm=x&setting='),
			facets,
		);
		expect(state).toEqual({ query: 'giraffe', filters: { method: ['planning', 'learning'] } });
	});

	test('writes equal states as equal URLs, in facet order', () => {
		expect(
			serializeSearchState(
				{ query: 'a b', filters: { setting: ['real-world'], method: ['planning'] } },
				facets,
			),
		).toBe('?q=a+b&method=planning&setting=real-world');
		expect(serializeSearchState({ query: '', filters: {} }, facets)).toBe('');
	});

	test('round-trips', () => {
		const state = { query: 'x', filters: { method: ['planning', 'learning'] } };
		expect(parseSearchState(new URLSearchParams(serializeSearchState(state, facets)), facets)).toEqual(state);
	});

	test('ORs within a facet and ANDs across facets for Pagefind', () => {
		expect(toPagefindFilters({ method: ['a', 'b'], setting: ['c'], empty: [] })).toEqual({
			method: { any: ['a', 'b'] },
			setting: { any: ['c'] },
		});
	});
});
