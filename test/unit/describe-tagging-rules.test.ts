import { expect, test } from 'vitest';
import { describeEmptyWhen, describeRequires } from '../../src/lib/taxonomy/describe-tagging-rules';
import { buildTaxonomyIndex } from '../../src/lib/taxonomy/taxonomy-index';
import { FacetSchema } from '../../src/schemas/facet';

const contribution = FacetSchema.parse({
	id: 'contribution',
	label: 'Contribution',
	description: 'What.',
	multiple: true,
	required: true,
	terms: [
		{ id: 'survey', label: 'Survey', description: 'S.' },
		{ id: 'dataset', label: 'Dataset', description: 'D.' },
		{ id: 'benchmark', label: 'Benchmark', description: 'B.' },
	],
});
const control = FacetSchema.parse({
	id: 'control',
	label: 'Control',
	description: 'How.',
	multiple: false,
	required: false,
	empty_when: [{ facet: 'contribution', only: ['survey', 'dataset', 'benchmark'] }],
	terms: [
		{ id: 'flat', label: 'Flat', description: 'F.' },
		{
			id: 'layered',
			label: 'Layered',
			description: 'L.',
			requires: [{ facet: 'contribution', any_of: ['dataset'] }],
		},
		{
			id: 'two-model',
			label: 'Two models',
			description: 'T.',
			parent: 'layered',
			requires: [{ any_of: ['flat'] }],
		},
	],
});
const index = buildTaxonomyIndex([contribution, control], ['contribution', 'control']);

test('empty_when reads as a sentence with term labels', () => {
	expect(describeEmptyWhen(index, 'control')).toEqual([
		"Stays empty when all of a paper's Contribution terms fall under Survey, Dataset or Benchmark.",
	]);
	expect(describeEmptyWhen(index, 'contribution')).toEqual([]);
});

test("requires reads as sentences, the term's own rules first, then inherited ones named", () => {
	expect(describeRequires(index, 'control', 'two-model')).toEqual([
		'A paper with this term also needs Flat in Control.',
		'A paper with this term also needs Dataset in Contribution (a rule of Layered).',
	]);
	expect(describeRequires(index, 'control', 'flat')).toEqual([]);
});
