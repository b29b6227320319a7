import { expect, test } from 'vitest';
import { formatReference } from '../../src/lib/citations/format-reference';

test('a reference names authors, title, venue with its own year, and the arXiv id, with single full stops', () => {
	expect(
		formatReference({
			authors: ['Ada One', 'Bo Two'],
			authors_complete: false,
			title: 'Acting Well.',
			date: '2023-10',
			venue: 'ICLR 2024',
			arxiv: '2310.04582',
		}),
	).toBe('Ada One, Bo Two et al. Acting Well. ICLR 2024. arXiv:2310.04582.');
	expect(
		formatReference({
			authors: ['Cy Three'],
			authors_complete: true,
			title: 'T',
			date: '2025',
			venue: 'arXiv',
		}),
	).toBe('Cy Three. T. 2025.');
	expect(
		formatReference({
			authors: ['Cy Three'],
			authors_complete: true,
			title: 'T',
			date: '2025-02',
			venue: 'NeurIPS',
		}),
	).toBe('Cy Three. T. NeurIPS, 2025.');
});
