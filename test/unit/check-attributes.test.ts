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
type Value = string | number | boolean;
type Evidence = { quote: string; url: string; version: string };
// Numbers come with a quote that states them, unless a test says otherwise.
const withEvidence = (values: Record<string, Value>, evidence: Record<string, Evidence> = {}) => ({
	attributes: values,
	attribute_evidence: Object.fromEntries(
		Object.entries(values).map(([id, value]) => [
			id,
			evidence[id] ?? { quote: `stated as ${String(value)}`, url: 'https://arxiv.org/abs/1', version: 'v1' },
		]),
	),
});
const rules = (values: Record<string, Value>) =>
	checkPaperAttributes(withEvidence(values), attributes).map((found) => found.problem.rule);

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
	const [unknown] = checkPaperAttributes(withEvidence({ 'control-rat': 5 }), attributes);
	expect(unknown!.problem.hint).toMatch(/^Did you mean "control-rate"\?/);
	expect(unknown!.path).toEqual(['attributes', 'control-rat']);
	const [outside] = checkPaperAttributes(withEvidence({ output: 'difusion' }), attributes);
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

test('a number needs a quote that states it, in any of the ways papers write numbers', () => {
	const quoted = (id: string, value: number, quote: string) =>
		checkPaperAttributes(
			withEvidence({ [id]: value }, { [id]: { quote, url: 'https://arxiv.org/abs/1', version: 'v2' } }),
			[
				...attributes,
				{ id: 'parameters', label: 'Parameters', type: 'number', unit: 'B', description: 'P.' },
			],
		).map((found) => [found.problem.rule, found.path.join('.')]);
	expect(quoted('action-dims', 7, 'a 7-dimensional action')).toEqual([]);
	expect(quoted('action-dims', 1, 'predicts a single action per step')).toEqual([]);
	expect(quoted('parameters', 0.3, 'a 300M-parameter model')).toEqual([]);
	expect(quoted('parameters', 3.3, 'π0 has 3.3B parameters')).toEqual([]);
	expect(quoted('parameters', 1.2, 'about 1.2 billion parameters')).toEqual([]);
	expect(quoted('control-rate', 50, 'runs at 50 Hz')).toEqual([]);
	expect(quoted('action-dims', 8, 'a 7-dimensional action')).toEqual([
		['number-not-in-quote', 'attributes.action-dims.quote'],
	]);
	const [bare] = checkPaperAttributes(
		{ attributes: { 'action-dims': 7 }, attribute_evidence: {} },
		attributes,
	);
	expect([bare!.problem.rule, bare!.path.join('.')]).toEqual([
		'attribute-evidence',
		'attributes.action-dims',
	]);
	// Text and enum values are read from their own words; they need no quote.
	expect(
		checkPaperAttributes(
			{ attributes: { data: '1M episodes', output: 'tokens' }, attribute_evidence: {} },
			attributes,
		),
	).toEqual([]);
});
