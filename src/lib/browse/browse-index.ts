import type { BrowseState, SortOrder } from './browse-state.ts';

/** What the paper browser knows about one paper. */
export interface BrowseRecord {
	/** `facet/term` keys, ancestors included. */
	terms: readonly string[];
	year: number;
	/** Publication date as written (partial ISO). */
	date: string;
	/** Date added to the survey (ISO). */
	added: string;
	title: string;
	hasCode: boolean;
	/** Lower-case title, short name and authors, for the text filter. */
	text: string;
}

/**
 * Papers as bitsets: one bit per paper for every term, so a filter change is a few word-wide ANDs and ORs and
 * a count is a popcount, whatever the number of papers.
 */
export interface BrowseIndex {
	size: number;
	words: number;
	/** `facet/term` → papers having it. */
	termBits: Map<string, Uint32Array>;
	hasCode: Uint32Array;
	years: Int16Array;
	texts: string[];
	/** Paper positions in each sort order. */
	orders: Record<SortOrder, Uint32Array>;
}

/** The result of applying a state: matching papers in display order, and live counts per term. */
export interface BrowseResult {
	matches: Uint32Array;
	/** Papers in display order that match. */
	ordered: number[];
	/** `facet/term` → how many papers would match with that term included as well (OR within its facet). */
	counts: Map<string, number>;
}

const newBits = (words: number) => new Uint32Array(words);

/** Builds the bitset index; positions are the records' indexes. */
export function buildBrowseIndex(records: readonly BrowseRecord[]): BrowseIndex {
	const size = records.length;
	const words = Math.ceil(size / 32) || 1;
	const termBits = new Map<string, Uint32Array>();
	const hasCode = newBits(words);
	const years = new Int16Array(size);
	records.forEach((record, position) => {
		const word = position >>> 5;
		const bit = 1 << (position & 31);
		for (const key of record.terms) {
			let bits = termBits.get(key);
			if (!bits) termBits.set(key, (bits = newBits(words)));
			bits[word]! |= bit;
		}
		if (record.hasCode) hasCode[word]! |= bit;
		years[position] = record.year;
	});
	const positions = records.map((_, position) => position);
	const byTitle = (a: number, b: number) => records[a]!.title.localeCompare(records[b]!.title);
	const sorted = (compare: (a: number, b: number) => number) =>
		Uint32Array.from([...positions].sort(compare));
	return {
		size,
		words,
		termBits,
		hasCode,
		years,
		texts: records.map((record) => record.text),
		orders: {
			newest: sorted((a, b) => records[b]!.date.localeCompare(records[a]!.date) || byTitle(a, b)),
			oldest: sorted((a, b) => records[a]!.date.localeCompare(records[b]!.date) || byTitle(a, b)),
			title: sorted(byTitle),
			added: sorted(
				(a, b) =>
					records[b]!.added.localeCompare(records[a]!.added) ||
					records[b]!.date.localeCompare(records[a]!.date) ||
					byTitle(a, b),
			),
		},
	};
}

/** Applies a browser state to the index. */
export function applyBrowseState(index: BrowseIndex, state: BrowseState): BrowseResult {
	const { words, size } = index;
	const all = newBits(words);
	all.fill(0xffffffff);
	if (size % 32) all[words - 1] = (1 << (size % 32)) - 1 || 0xffffffff;

	// Everything except the facet includes: exclusions, years, code and text.
	const base = Uint32Array.from(all);
	for (const [facet, terms] of Object.entries(state.exclude)) {
		for (const term of terms) {
			const bits = index.termBits.get(`${facet}/${term}`);
			if (bits) for (let w = 0; w < words; w++) base[w]! &= ~bits[w]!;
		}
	}
	if (state.hasCode) for (let w = 0; w < words; w++) base[w]! &= index.hasCode[w]!;
	if (state.from !== undefined || state.to !== undefined) {
		const from = state.from ?? -Infinity;
		const to = state.to ?? Infinity;
		for (let p = 0; p < size; p++) {
			const y = index.years[p]!;
			if (y < from || y > to) base[p >>> 5]! &= ~(1 << (p & 31));
		}
	}
	const tokens = state.text.toLowerCase().split(/\s+/).filter(Boolean);
	if (tokens.length > 0) {
		for (let p = 0; p < size; p++) {
			if (!(base[p >>> 5]! & (1 << (p & 31)))) continue;
			const text = index.texts[p]!;
			if (!tokens.every((token) => text.includes(token))) base[p >>> 5]! &= ~(1 << (p & 31));
		}
	}

	const facetBits = new Map<string, Uint32Array>();
	for (const [facet, terms] of Object.entries(state.include)) {
		if (terms.length === 0) continue;
		const union = newBits(words);
		for (const term of terms) {
			const bits = index.termBits.get(`${facet}/${term}`);
			if (bits) for (let w = 0; w < words; w++) union[w]! |= bits[w]!;
		}
		facetBits.set(facet, union);
	}
	const intersect = (skip?: string) => {
		const result = Uint32Array.from(base);
		for (const [facet, bits] of facetBits)
			if (facet !== skip) for (let w = 0; w < words; w++) result[w]! &= bits[w]!;
		return result;
	};
	const matches = intersect();

	// A term's count is what the result would be with it added: its own facet's other choices are ORed, so skip them.
	const perFacetBase = new Map<string, Uint32Array>();
	const counts = new Map<string, number>();
	for (const [key, bits] of index.termBits) {
		const facet = key.slice(0, key.indexOf('/'));
		let scope = perFacetBase.get(facet);
		if (!scope) perFacetBase.set(facet, (scope = facetBits.has(facet) ? intersect(facet) : matches));
		let count = 0;
		for (let w = 0; w < words; w++) count += popcount(scope[w]! & bits[w]!);
		counts.set(key, count);
	}

	const ordered: number[] = [];
	for (const position of index.orders[state.sort])
		if (matches[position >>> 5]! & (1 << (position & 31))) ordered.push(position);
	return { matches, ordered, counts };
}

/** Counts the set bits of a 32-bit word. */
export function popcount(word: number): number {
	let v = word - ((word >>> 1) & 0x55555555);
	v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
	return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
