import { describe, expect, test } from 'vitest';
import {
	checkReasons,
	checkRuleReferences,
	checkTaggingRules,
} from '../../src/survey/checks/check-tagging-rules';
import { resolvePaperTerms } from '../../src/lib/taxonomy/resolve-paper-terms';
import { resolveReasons } from '../../src/lib/taxonomy/resolve-paper-reasons';
import { buildTaxonomyIndex } from '../../src/lib/taxonomy/taxonomy-index';
import { FacetSchema } from '../../src/schemas/facet';

const contribution = FacetSchema.parse({
	id: 'contribution',
	label: 'Contribution',
	description: 'What.',
	multiple: true,
	required: true,
	terms: [
		{ id: 'method', label: 'Method', description: 'A method.' },
		{ id: 'review', label: 'Review', description: 'Reviews.' },
		{
			id: 'survey',
			label: 'Survey',
			description: 'A survey.',
			parent: 'review',
			redirect_from: ['overview'],
		},
	],
});
const output = FacetSchema.parse({
	id: 'output',
	label: 'Output',
	description: 'What the model emits.',
	multiple: true,
	required: false,
	empty_when: [{ facet: 'contribution', only: ['review'] }],
	retired: [{ id: 'everything', reason: 'it said nothing.' }],
	terms: [
		{ id: 'command', label: 'Command', description: 'Executed.' },
		{ id: 'motor', label: 'Motor', description: 'Motor.', parent: 'command' },
		{ id: 'plan', label: 'Plan', description: 'Handed down.', redirect_from: ['sketch'] },
		{ id: 'thought', label: 'Thought', description: 'Thinks.', requires: [{ any_of: ['command', 'plan'] }] },
	],
});
const control = FacetSchema.parse({
	id: 'control',
	label: 'Control',
	description: 'How.',
	multiple: false,
	required: false,
	empty_when: [{ facet: 'contribution', only: ['review', 'method'] }],
	terms: [
		{
			id: 'layered',
			label: 'Layered',
			description: 'Levels.',
			requires: [{ facet: 'output', any_of: ['plan'] }],
		},
		{ id: 'two-model', label: 'Two models', description: 'Two.', parent: 'layered' },
	],
});
const index = buildTaxonomyIndex([contribution, output, control], ['contribution', 'output', 'control']);

const check = (taxonomy: Record<string, string[]>) => {
	const { terms, problems } = resolvePaperTerms(taxonomy, index);
	return [...problems, ...checkTaggingRules(terms, taxonomy, index)].map((found) => [
		found.problem.rule,
		found.path.join('.'),
	]);
};

describe('checkTaggingRules', () => {
	test('empty_when fires when every deciding term falls under the listed ones, sub-terms and old ids included', () => {
		expect(check({ contribution: ['survey'], output: ['plan'] })).toEqual([
			['facet-must-stay-empty', 'taxonomy.output'],
		]);
		expect(check({ contribution: ['overview'], output: ['plan'] }).map(([rule]) => rule)).toEqual([
			'renamed-term',
			'facet-must-stay-empty',
		]);
		expect(check({ contribution: ['survey'], output: [] })).toEqual([]);
	});

	test('empty_when does not fire when the paper also has another deciding term', () => {
		expect(check({ contribution: ['survey', 'method'], output: ['plan'] })).toEqual([]);
		expect(check({ contribution: ['survey', 'method'], control: ['layered'], output: ['plan'] })).toEqual([
			['facet-must-stay-empty', 'taxonomy.control'],
		]);
	});

	test('requires in the same facet is met by another term or its sub-term, never by the term itself', () => {
		expect(check({ contribution: ['method'], output: ['thought'] })).toEqual([
			['missing-required-term', 'taxonomy.output.0'],
		]);
		expect(check({ contribution: ['method'], output: ['thought', 'motor'] })).toEqual([]);
	});

	test('requires in another facet is inherited by sub-terms and points at the written entry', () => {
		const taxonomy = { contribution: ['survey', 'method'], output: ['sketch'], control: ['two-model'] };
		const { terms } = resolvePaperTerms(taxonomy, index);
		expect(checkTaggingRules(terms, taxonomy, index)).toEqual([
			expect.objectContaining({ path: ['taxonomy', 'control'] }),
		]);
		const missing = { contribution: ['review', 'method'], output: ['command'], control: ['two-model'] };
		const resolved = resolvePaperTerms(missing, index).terms;
		const found = checkTaggingRules(resolved, missing, index).map((entry) => entry.problem);
		expect(found.map((problem) => problem.rule)).toEqual(['facet-must-stay-empty', 'missing-required-term']);
		expect(found[1]!.message).toContain('The term "layered" in "taxonomy.control" needs "plan"');
	});

	test('a retired term is an error that carries its reason', () => {
		const { problems } = resolvePaperTerms({ contribution: ['method'], output: ['everything'] }, index);
		expect(problems.map((found) => found.problem.rule)).toEqual(['retired-term']);
		expect(problems[0]!.problem.message).toContain('it said nothing.');
	});
});

describe('checkRuleReferences', () => {
	test('accepts rules that name existing facets and terms', () => {
		for (const facet of [contribution, output, control])
			expect(checkRuleReferences(facet, index)).toEqual([]);
	});

	test('reports an unknown facet and an unknown term with suggestions and their place in the file', () => {
		const broken = FacetSchema.parse({
			...control,
			empty_when: [{ facet: 'contributon', only: ['review'] }],
			terms: [
				{
					id: 'layered',
					label: 'Layered',
					description: 'L.',
					requires: [{ facet: 'output', any_of: ['plna'] }],
				},
			],
		});
		const found = checkRuleReferences(broken, index);
		expect(found.map((entry) => [entry.problem.rule, entry.path.join('.')])).toEqual([
			['unknown-rule-facet', 'empty_when.0.facet'],
			['unknown-rule-term', 'terms.0.requires.0.any_of.0'],
		]);
		expect(found[0]!.problem.hint).toMatch(/^Did you mean "contribution"\?/);
		expect(found[1]!.problem.hint).toMatch(/^Did you mean "plan"\?/);
	});
});

describe('checkReasons and resolveReasons', () => {
	const taxonomy = { contribution: ['method'], output: ['sketch', 'motor'] };
	const { terms } = resolvePaperTerms(taxonomy, index);

	test('accepts reasons for listed terms, reads an old id as its term and warns', () => {
		const reasons = { output: { motor: 'Joint deltas.', sketch: 'A sketch first.' } };
		expect(checkReasons(reasons, terms, index).map((entry) => entry.problem.rule)).toEqual(['renamed-term']);
		expect(resolveReasons(reasons, terms, index)).toEqual({
			output: { motor: 'Joint deltas.', plan: 'A sketch first.' },
		});
	});

	test('rejects a reason for an unlisted term or an unknown facet, suggesting what the note lists', () => {
		const found = checkReasons({ output: { mtor: 'x', command: 'y' }, outptu: { plan: 'z' } }, terms, index);
		expect(found.map((entry) => [entry.problem.rule, entry.path.join('.')])).toEqual([
			['reason-without-term', 'reasons.output.mtor'],
			['reason-without-term', 'reasons.output.command'],
			['unknown-reason-facet', 'reasons.outptu'],
		]);
		expect(found[0]!.problem.hint).toMatch(/^Did you mean "motor"\?/);
		expect(found[2]!.problem.hint).toMatch(/^Did you mean "output"\?/);
		expect(resolveReasons({ output: { command: 'y' } }, terms, index)).toEqual({});
	});
});
