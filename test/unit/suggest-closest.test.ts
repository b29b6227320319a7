import { describe, expect, test } from 'vitest';
import { formatAlternatives } from '../../src/errors/format-alternatives';
import { suggestClosest } from '../../src/lib/text/suggest-closest';

describe('suggestClosest', () => {
	const terms = [
		{ id: 'tree-search', aliases: ['MCTS'] },
		{ id: 'planning' },
		{ id: 'learning' },
		{ id: 'diffusion-flow', aliases: ['flow matching'] },
	];

	test('suggests the nearest id for a typo', () => {
		expect(suggestClosest('tree-serch', terms)).toEqual(['tree-search']);
		expect(suggestClosest('plannig', terms)).toEqual(['planning']);
	});

	test('finds a term by one of its aliases', () => {
		expect(suggestClosest('flow-matching', terms)).toEqual(['diffusion-flow']);
		expect(suggestClosest('mcts', terms)).toEqual(['tree-search']);
	});

	test('suggests nothing when nothing is close', () => {
		expect(suggestClosest('quantum-annealing', terms)).toEqual([]);
	});

	test('formats alternatives for a sentence', () => {
		expect(formatAlternatives(['a'])).toBe('"a"');
		expect(formatAlternatives(['a', 'b', 'c'])).toBe('"a", "b" or "c"');
	});
});
