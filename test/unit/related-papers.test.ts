import { describe, expect, test } from 'vitest';
import { buildRelatedIndex, findRelatedPapers } from '../../src/lib/find-related-papers';

const paper = (slug: string, date: string, terms: Record<string, string[]>) => ({
	slug,
	data: { date } as never,
	terms,
});

describe('findRelatedPapers', () => {
	const papers = [
		paper('a', '2025-01-01', { tok: ['latent'], domain: ['manipulation'] }),
		paper('b', '2025-02-01', { tok: ['latent'], domain: ['navigation'] }),
		paper('c', '2025-03-01', { tok: ['raw'], domain: ['manipulation'] }),
		paper('d', '2025-04-01', { tok: ['raw'], domain: ['manipulation'] }),
		paper('e', '2025-05-01', { tok: ['code'], domain: ['llm'] }),
	];

	test('ranks a shared rare term above a shared common one, and explains why', () => {
		const related = findRelatedPapers(papers[0]!, buildRelatedIndex(papers));
		expect(related.map((entry) => entry.paper.slug)).toEqual(['b', 'd', 'c']);
		expect(related[0]!.shared).toEqual([{ facet: 'tok', term: 'latent' }]);
	});

	test('never lists the paper itself or papers sharing nothing', () => {
		const related = findRelatedPapers(papers[4]!, buildRelatedIndex(papers));
		expect(related).toEqual([]);
	});

	test('returns at most the limit', () => {
		expect(findRelatedPapers(papers[2]!, buildRelatedIndex(papers), 1)).toHaveLength(1);
	});
});
