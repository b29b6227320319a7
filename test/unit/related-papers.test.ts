import { describe, expect, test } from 'vitest';
import { buildRelatedIndex, findRelatedPapers } from '../../src/lib/papers/find-related-papers';

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

describe('findRelatedPapers at scale', () => {
	// A seeded survey where a few terms are on most papers, as in a real field, so postings are long and overlap.
	let seed = 7;
	const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
	const terms = Array.from({ length: 40 }, (_, position) => `t${position}`);
	const papers = Array.from({ length: 600 }, (_, position) =>
		paper(`p${position}`, `20${10 + Math.floor(random() * 15)}-0${1 + Math.floor(random() * 9)}`, {
			f: terms.filter((_, rank) => random() < 0.6 / (rank + 1)),
		}),
	);
	const links = new Set(['p1 p2', 'p3 p500', 'p10 p11']);
	const index = buildRelatedIndex(papers, links);

	// The definition, without shortcuts: a term's weight is its inverse document frequency; score every other paper,
	// sort, keep five.
	const weights = new Map(
		terms.map((term) => [
			term,
			Math.log((papers.length + 1) / papers.filter((other) => other.terms['f']!.includes(term)).length),
		]),
	);
	const weight = (term: string) => weights.get(term)!;
	const scoreAll = (of: (typeof papers)[number]) => {
		const own = Object.values(of.terms).flat();
		return papers
			.filter((other) => other.slug !== of.slug)
			.map((other) => {
				const shared = own.filter((term) => Object.values(other.terms).flat().includes(term));
				const linked = [...links].some(
					(pair) => pair === `${of.slug} ${other.slug}` || pair === `${other.slug} ${of.slug}`,
				);
				return {
					slug: other.slug,
					date: (other.data as unknown as { date: string }).date,
					score: shared.reduce((sum, term) => sum + weight(term), 0) + (linked ? 3 : 0),
				};
			})
			.filter((entry) => entry.score > 0)
			.sort((a, b) => b.score - a.score || b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug))
			.slice(0, 5)
			.map((entry) => entry.slug);
	};

	test('returns exactly what scoring every paper would, for every paper', () => {
		for (const of of papers)
			expect(
				findRelatedPapers(of, index).map((entry) => entry.paper.slug),
				of.slug,
			).toEqual(scoreAll(of));
	});
});
