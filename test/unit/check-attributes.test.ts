import { expect, test } from 'vitest';
import { checkAttributeDeclarations, checkPaperAttributes } from '../../src/survey/checks/check-attributes';
import type { Attribute } from '../../src/schemas/survey-config';

const attributes: Attribute[] = [
	{ id: 'control-rate', label: 'Control rate', type: 'number', unit: 'Hz', description: 'Rate.' },
	{ id: 'action-dims', label: 'Action dimensions', type: 'integer', description: 'Dims.' },
	{ id: 'open', label: 'Open weights', type: 'boolean', description: 'Open.' },
	{ id: 'data', label: 'Data', type: 'text', description: 'Data.' },
	{ id: 'output', label: 'Output', type: 'enum', values: ['tokens', 'diffusion'], description: 'Out.' },
];
const rules = (values: Record<string, string | number | boolean>) =>
	checkPaperAttributes(values, attributes).map((found) => found.problem.rule);

test('values of the declared types pass', () => {
	expect(
		rules({ 'control-rate': 12.5, 'action-dims': 7, open: false, data: '1M episodes', output: 'tokens' }),
	).toEqual([]);
});

test('a fraction is not an integer, a quoted number is not a number, and text is not a boolean', () => {
	expect(rules({ 'action-dims': 7.5 })).toEqual(['attribute-type']);
	expect(rules({ 'control-rate': '50 Hz' })).toEqual(['attribute-type']);
	expect(rules({ open: 'yes' })).toEqual(['attribute-type']);
	expect(rules({ data: 970 })).toEqual(['attribute-type']);
});

test('an unknown id and an enum value outside the list suggest the closest', () => {
	const [unknown] = checkPaperAttributes({ 'control-rat': 5 }, attributes);
	expect(unknown!.problem.hint).toMatch(/^Did you mean "control-rate"\?/);
	expect(unknown!.path).toEqual(['attributes', 'control-rat']);
	const [outside] = checkPaperAttributes({ output: 'difusion' }, attributes);
	expect(outside!.problem.rule).toBe('attribute-value');
	expect(outside!.problem.hint).toMatch(/^Did you mean "diffusion"\?/);
});

test('declarations: an enum needs values, other types take none, ids are unique', () => {
	const found = checkAttributeDeclarations([
		{ id: 'kind', label: 'Kind', type: 'enum', description: 'K.' },
		{ id: 'rate', label: 'Rate', type: 'number', values: ['fast'], description: 'R.' },
		{ id: 'rate', label: 'Rate again', type: 'number', description: 'R.' },
	]);
	expect(found.map((entry) => [entry.problem.rule, entry.path.join('.')])).toEqual([
		['attribute-enum-values', 'attributes.0.type'],
		['attribute-enum-values', 'attributes.1.values'],
		['duplicate-attribute', 'attributes.2.id'],
	]);
});
