import { describe, expect, test } from 'vitest';
import {
	buildTaxonomyIndex,
	currentTermId,
	expandWithAncestors,
	getTermLabel,
	listAncestors,
	listDescendants,
	listTermPath,
	resolveTermId,
} from '../../src/lib/taxonomy/taxonomy-index';
import { FacetSchema } from '../../src/schemas/facet';

const tokens = FacetSchema.parse({
	id: 'tokens',
	label: 'Tokens',
	description: 'What a model emits.',
	multiple: true,
	required: false,
	terms: [
		{ id: 'raw', label: 'Raw action', description: 'Low-level commands.' },
		{ id: 'bins', label: 'Discrete bins', description: 'Binned.', parent: 'raw' },
		{ id: 'fast', label: 'Frequency tokens', description: 'DCT.', parent: 'bins', redirect_from: ['dct'] },
		{ id: 'latent', label: 'Latent', description: 'Codes.', aliases: ['latent action'] },
	],
	retired: [{ id: 'symbolic', reason: 'Merged into nothing.' }],
});
const other = FacetSchema.parse({
	id: 'other',
	label: 'Other',
	description: 'x',
	multiple: false,
	required: false,
	terms: [{ id: 'a', label: 'A', description: 'a' }],
});
const index = buildTaxonomyIndex([tokens, other], ['other', 'tokens']);
const facet = index.byId.get('tokens')!;

describe('taxonomy index', () => {
	test('a written term id resolves to the current id: itself, or the term an old id was renamed to', () => {
		expect(resolveTermId(facet, 'fast')).toEqual({ status: 'current', id: 'fast' });
		expect(resolveTermId(facet, 'dct')).toEqual({ status: 'renamed', id: 'fast' });
		expect(resolveTermId(facet, 'symbolic')).toEqual({ status: 'retired', reason: 'Merged into nothing.' });
		// An alias is a search name, not an id.
		expect(resolveTermId(facet, 'latent action')).toEqual({ status: 'unknown' });
		expect(['fast', 'dct', 'symbolic', 'nope'].map((id) => currentTermId(facet, id))).toEqual([
			'fast',
			'fast',
			undefined,
			undefined,
		]);
		expect(currentTermId(undefined, 'fast')).toBeUndefined();
	});

	test('keeps the configured facet order', () => {
		expect(index.facets.map((entry) => entry.facet.id)).toEqual(['other', 'tokens']);
		expect(buildTaxonomyIndex([tokens, other], ['tokens']).facets).toHaveLength(1);
	});

	test('resolves a term to its ancestors, nearest first', () => {
		expect(listAncestors(facet, 'fast')).toEqual(['bins', 'raw']);
		expect(listAncestors(facet, 'latent')).toEqual([]);
		expect(listTermPath(facet, 'fast')).toEqual(['raw', 'bins', 'fast']);
	});

	test('lists descendants depth first', () => {
		expect(listDescendants(facet, 'raw')).toEqual(['bins', 'fast']);
		expect(facet.roots).toEqual(['raw', 'latent']);
	});

	test('expands terms with ancestors without repeats', () => {
		expect(expandWithAncestors(facet, ['fast', 'bins', 'latent'])).toEqual(['fast', 'bins', 'raw', 'latent']);
	});

	test('indexes old ids for redirects and labels for display', () => {
		expect(facet.redirects.get('dct')).toBe('fast');
		expect(getTermLabel(index, 'tokens', 'bins')).toBe('Discrete bins');
	});

	test('stops on a parent cycle instead of looping', () => {
		const cyclic = FacetSchema.parse({
			...tokens,
			terms: [
				{ id: 'x', label: 'X', description: 'x', parent: 'y' },
				{ id: 'y', label: 'Y', description: 'y', parent: 'x' },
			],
		});
		const cyclicFacet = buildTaxonomyIndex([cyclic], ['tokens']).byId.get('tokens')!;
		expect(listAncestors(cyclicFacet, 'x')).toEqual(['y']);
	});
});
