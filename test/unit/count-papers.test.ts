import { expect, test } from 'vitest';
import { checkComponentProps } from '../../src/survey/checks/check-component-props';
import { countPapers } from '../../src/lib/papers/paper-record';
import { buildTaxonomyIndex } from '../../src/lib/taxonomy/taxonomy-index';
import { FacetSchema } from '../../src/schemas/facet';
import type { PaperData } from '../../src/schemas/paper';

const method = FacetSchema.parse({
	id: 'method',
	label: 'Method',
	description: 'How.',
	multiple: true,
	required: false,
	terms: [
		{ id: 'planning', label: 'Planning', description: 'P.' },
		{ id: 'tree-search', label: 'Tree search', description: 'T.', parent: 'planning' },
		{ id: 'learning', label: 'Learning', description: 'L.' },
	],
});
const index = buildTaxonomyIndex([method], ['method']);
const paper = (terms: string[], data: Partial<PaperData> = {}) => ({
	expandedTerms: { method: terms },
	data: { verified: false, ...data } as PaperData,
});
const papers = [
	paper(['planning', 'tree-search'], { landmark: 'The first search.', verified: true }),
	paper(['learning']),
	paper([], { verified: true }),
];

test('counts every paper, the landmarks, the verified, and the papers under a facet or a term', () => {
	expect(countPapers(papers, {})).toBe(3);
	expect(countPapers(papers, { of: 'landmarks' })).toBe(1);
	expect(countPapers(papers, { of: 'verified' })).toBe(2);
	expect(countPapers(papers, { facet: 'method' })).toBe(2);
	expect(countPapers(papers, { facet: 'method', term: 'planning' })).toBe(1);
	expect(countPapers(papers, { of: 'verified', facet: 'method', term: 'learning' })).toBe(0);
});

test('<Count> takes a term only with its facet, and says so', () => {
	const context = { index, benchmarks: new Map() };
	expect(checkComponentProps('Count', { facet: 'method', term: 'learning', of: 'papers' }, context)).toEqual(
		[],
	);
	const [missing] = checkComponentProps('Count', { term: 'learning' }, context);
	expect(missing!.rule).toBe('component-prop');
	expect(missing!.hint).toContain('<Count facet="method" term="learning" />');
	const [unknown] = checkComponentProps('Count', { of: 'landmark' }, context);
	expect(unknown!.message).toContain('"landmark" is not a value "of" takes');
});
