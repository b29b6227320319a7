import { describe, expect, test } from 'vitest';
import { resolvePaperTerms } from '../../src/lib/taxonomy/resolve-paper-terms';
import { buildTaxonomyIndex } from '../../src/lib/taxonomy/taxonomy-index';
import { FacetSchema } from '../../src/schemas/facet';

const method = FacetSchema.parse({
	id: 'method',
	label: 'Method',
	description: 'How.',
	multiple: true,
	required: true,
	terms: [
		{ id: 'planning', label: 'Planning', description: 'Plans.' },
		{ id: 'tree-search', label: 'Tree search', description: 'Trees.', parent: 'planning', aliases: ['MCTS'] },
		{ id: 'learning', label: 'Learning', description: 'Learns.', redirect_from: ['imitation'] },
	],
});
const setting = FacetSchema.parse({
	id: 'setting',
	label: 'Setting',
	description: 'Where.',
	multiple: false,
	required: false,
	terms: [
		{ id: 'simulation', label: 'Simulation', description: 'Sim.' },
		{ id: 'real-world', label: 'Real world', description: 'Real.' },
	],
});
const index = buildTaxonomyIndex([method, setting], ['method', 'setting']);
const rules = (taxonomy: Record<string, string[]>) =>
	resolvePaperTerms(taxonomy, index).problems.map((found) => [found.problem.rule, found.path.join('.')]);

describe('resolvePaperTerms', () => {
	test('accepts valid terms and lists every facet', () => {
		expect(resolvePaperTerms({ method: ['tree-search'] }, index)).toEqual({
			terms: { method: ['tree-search'], setting: [] },
			problems: [],
		});
	});

	test('rejects an unknown facet with the closest facet id', () => {
		const { problems } = resolvePaperTerms({ methd: ['planning'], method: ['planning'] }, index);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.problem.rule).toBe('unknown-facet');
		expect(problems[0]!.problem.hint).toContain('Did you mean "method"?');
	});

	test('rejects an unknown term with the closest valid ids', () => {
		const { problems } = resolvePaperTerms({ method: ['tree-serch'] }, index);
		expect(problems.map((found) => found.problem.rule)).toEqual(['unknown-term']);
		expect(problems[0]!.path).toEqual(['taxonomy', 'method', 0]);
		expect(problems[0]!.problem.hint).toMatch(/^Did you mean "tree-search"\?/);
	});

	test('accepts an old id, resolves it and warns', () => {
		const { terms, problems } = resolvePaperTerms({ method: ['imitation'] }, index);
		expect(terms.method).toEqual(['learning']);
		expect(problems.map((found) => [found.problem.rule, found.problem.severity])).toEqual([
			['renamed-term', 'warning'],
		]);
	});

	test('a single-term facet rejects two values', () => {
		expect(rules({ method: ['planning'], setting: ['simulation', 'real-world'] })).toEqual([
			['single-term-facet', 'taxonomy.setting'],
		]);
	});

	test('a required facet rejects an empty or missing list', () => {
		expect(rules({ method: [] })).toEqual([['required-facet', 'taxonomy.method']]);
		expect(rules({ setting: ['simulation'] })).toEqual([['required-facet', 'taxonomy']]);
	});

	test('warns about a term listed twice', () => {
		expect(rules({ method: ['learning', 'imitation'] })).toEqual([
			['renamed-term', 'taxonomy.method.1'],
			['repeated-term', 'taxonomy.method.1'],
		]);
	});
});
