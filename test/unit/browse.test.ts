import { describe, expect, test } from 'vitest';
import {
	applyBrowseState,
	buildBrowseIndex,
	popcount,
	type BrowseRecord,
} from '../../src/lib/browse/browse-index';
import {
	EMPTY_BROWSE_STATE,
	parseBrowseState,
	serializeBrowseState,
	type BrowseState,
} from '../../src/lib/browse/browse-state';

const record = (
	title: string,
	date: string,
	terms: string[],
	extra: Partial<BrowseRecord> = {},
): BrowseRecord => ({
	title,
	date,
	terms,
	year: Number(date.slice(0, 4)),
	added: '2026-01-01',
	hasCode: false,
	text: title.toLowerCase(),
	...extra,
});
const records = [
	record('Alpha', '2024-01-01', ['tok/latent', 'domain/manipulation'], { hasCode: true }),
	record('Beta', '2025-01-01', ['tok/latent', 'domain/navigation']),
	record('Gamma', '2023-06-01', ['tok/raw', 'tok/bins', 'domain/manipulation'], { added: '2026-05-01' }),
	record('Delta', '2025-03-01', ['tok/code', 'domain/llm'], { text: 'delta wang' }),
];
const index = buildBrowseIndex(records);
const titles = (state: Partial<BrowseState>) =>
	applyBrowseState(index, { ...EMPTY_BROWSE_STATE, ...state }).ordered.map(
		(position) => records[position]!.title,
	);

describe('the browser index', () => {
	test('ORs terms within a facet and ANDs across facets', () => {
		expect(titles({ include: { tok: ['latent', 'code'] } })).toEqual(['Delta', 'Beta', 'Alpha']);
		expect(titles({ include: { tok: ['latent'], domain: ['manipulation'] } })).toEqual(['Alpha']);
	});

	test('excludes terms, filters years, code and text', () => {
		expect(titles({ exclude: { domain: ['manipulation'] } })).toEqual(['Delta', 'Beta']);
		expect(titles({ from: 2024, to: 2024 })).toEqual(['Alpha']);
		expect(titles({ hasCode: true })).toEqual(['Alpha']);
		expect(titles({ text: 'WANG delta' })).toEqual(['Delta']);
	});

	test('sorts newest, oldest, by title and by date added', () => {
		expect(titles({})).toEqual(['Delta', 'Beta', 'Alpha', 'Gamma']);
		expect(titles({ sort: 'oldest' })).toEqual(['Gamma', 'Alpha', 'Beta', 'Delta']);
		expect(titles({ sort: 'title' })).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
		expect(titles({ sort: 'added' })[0]).toBe('Gamma');
	});

	test('counts what each term would give if chosen, OR within its own facet', () => {
		const { counts } = applyBrowseState(index, {
			...EMPTY_BROWSE_STATE,
			include: { tok: ['latent'], domain: ['manipulation'] },
		});
		expect(counts.get('tok/raw')).toBe(1);
		expect(counts.get('tok/latent')).toBe(1);
		expect(counts.get('domain/navigation')).toBe(1);
		expect(counts.get('domain/llm')).toBe(0);
	});

	test('handles more than 32 papers across word boundaries', () => {
		const many = buildBrowseIndex(
			Array.from({ length: 70 }, (_, i) =>
				record(`P${i}`, `20${10 + (i % 10)}-01-01`, i % 2 ? ['tok/latent'] : ['tok/raw']),
			),
		);
		expect(
			applyBrowseState(many, { ...EMPTY_BROWSE_STATE, include: { tok: ['latent'] } }).ordered,
		).toHaveLength(35);
		expect(applyBrowseState(many, EMPTY_BROWSE_STATE).ordered).toHaveLength(70);
		expect(popcount(0xffffffff)).toBe(32);
	});
});

describe('the browser URL', () => {
	const facets = ['tok', 'domain'];
	test('round-trips every part of the state', () => {
		const state: BrowseState = {
			include: { tok: ['latent', 'code'] },
			exclude: { domain: ['navigation'] },
			from: 2023,
			to: 2025,
			hasCode: true,
			text: 'wang',
			sort: 'oldest',
		};
		const search = serializeBrowseState(state, facets);
		expect(search).toBe(
			'?q=wang&tok=latent&tok=code&not=domain%3Anavigation&from=2023&to=2025&code=1&sort=oldest',
		);
		expect(parseBrowseState(new URLSearchParams(search), facets)).toEqual(state);
	});

	test('ignores unknown facets and malformed values', () => {
		expect(parseBrowseState(new URLSearchParams('nope=x&not=nope:y&from=20x&sort=weird'), facets)).toEqual(
			EMPTY_BROWSE_STATE,
		);
	});
});
