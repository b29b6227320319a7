import { expect, test } from 'vitest';
import { buildCompareMeta, buildComparePaper } from '../../src/lib/compare/compare-data';
import { resolveReasons } from '../../src/lib/taxonomy/resolve-paper-reasons';
import { resolvePaperTerms } from '../../src/lib/taxonomy/resolve-paper-terms';
import { buildTaxonomyIndex } from '../../src/lib/taxonomy/taxonomy-index';
import { FacetSchema } from '../../src/schemas/facet';
import { PaperSchema } from '../../src/schemas/paper';
import {
	buildCompareSections,
	listCompareRelations,
	parseCompareSlugs,
	type CompareMeta,
	type ComparePaper,
} from '../../src/lib/compare/compare-view';

const meta: CompareMeta = {
	facets: [{ id: 'method', label: 'Method', terms: { planning: 'Planning', learning: 'Learning' } }],
	attributes: [
		{ id: 'rate', label: 'Control rate', description: 'Hz' },
		{ id: 'dims', label: 'Action dimensions', description: 'n' },
	],
	results: { 'maze///success-rate': 'Maze · Success rate', 'grid///steps': 'Grid · Steps' },
	relations: { extends: 'extends' },
};
const paper = (slug: string, extra: Partial<ComparePaper>): ComparePaper => ({
	slug,
	name: slug.toUpperCase(),
	title: slug,
	date: '2025',
	links: [],
	terms: {},
	reasons: {},
	attributes: {},
	attributeEvidence: {},
	results: [],
	relations: [],
	...extra,
});
const evidence = (source: string) => ({ quote: 'q', url: 'https://arxiv.org/abs/1', version: 'v1', source });
const a = paper('a', {
	terms: { method: ['planning', 'learning'] },
	reasons: { method: { planning: 'Searches first.' } },
	attributes: { rate: '50 Hz' },
	results: [{ key: 'grid///steps', value: 9, evidence: evidence('table 1') }],
});
const b = paper('b', {
	terms: { method: ['learning', 'planning'] },
	attributes: { rate: '10 Hz' },
	results: [
		{ key: 'maze///success-rate', value: 80, evidence: evidence('abstract') },
		{ key: 'grid///steps', value: 7, evidence: evidence('table 2'), setting: 'zero-shot' },
	],
	relations: [{ type: 'extends', paper: 'a' }],
});

test('rows align facets, attributes some paper fills, and results, shared results first; differences are marked', () => {
	const sections = buildCompareSections(meta, [a, b]);
	expect(sections.map((section) => section.rows.map((row) => [row.id, row.differs]))).toEqual([
		[['facet-method', false]],
		[['attribute-rate', true]],
		[
			['result-grid///steps', true],
			['result-maze///success-rate', true],
		],
	]);
	const [facets] = sections;
	expect(facets!.rows[0]!.cells[0]).toEqual({
		kind: 'terms',
		terms: [
			{ id: 'planning', label: 'Planning', reason: 'Searches first.' },
			{ id: 'learning', label: 'Learning' },
		],
	});
	expect(sections[2]!.rows[1]!.cells[0]).toEqual({ kind: 'result', result: undefined });
});

test('relations are listed only between the compared papers', () => {
	expect(listCompareRelations(meta, [a, b])).toEqual([{ from: 'B', phrase: 'extends', to: 'A' }]);
	expect(listCompareRelations(meta, [b])).toEqual([]);
});

test('the URL list keeps up to five distinct valid slugs in order', () => {
	expect(parseCompareSlugs('b,a,b,Bad_Slug,,c,d,e,f')).toEqual(['b', 'a', 'c', 'd', 'e']);
	expect(parseCompareSlugs(null)).toEqual([]);
});

test("a reason written under a renamed term's old id shows beside the current term", () => {
	const method = FacetSchema.parse({
		id: 'method',
		label: 'Method',
		description: 'How.',
		multiple: true,
		required: true,
		terms: [{ id: 'learning', label: 'Learning', description: 'Learns.', redirect_from: ['imitation'] }],
	});
	const index = buildTaxonomyIndex([method], ['method']);
	const data = PaperSchema.parse({
		title: 'Imitating',
		authors: ['A. Author'],
		date: '2025',
		summary: 'Learns by imitation.',
		taxonomy: { method: ['imitation'] },
		reasons: { method: { imitation: 'Clones demonstrations.' } },
		added: '2026-01-01',
	});
	const { terms } = resolvePaperTerms(data.taxonomy, index);
	const reasons = resolveReasons(data.reasons, terms, index);
	const compared = buildComparePaper({ slug: 'c', name: 'C', data, terms, reasons }, [], new Map());
	expect(compared.reasons).toEqual({ method: { learning: 'Clones demonstrations.' } });
	const [facets] = buildCompareSections(buildCompareMeta(index, [], new Map()), [compared]);
	expect(facets!.rows[0]!.cells[0]).toEqual({
		kind: 'terms',
		terms: [{ id: 'learning', label: 'Learning', reason: 'Clones demonstrations.' }],
	});
});
