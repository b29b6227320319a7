import { describe, expect, test } from 'vitest';
import { binPapersByQuarter, toQuarter } from '../../src/lib/views/bin-by-quarter';
import { buildTermMatrix } from '../../src/lib/views/build-term-matrix';
import {
	collectLineage,
	describePaperRelation,
	groupPaperRelations,
	layoutArcDiagram,
	RELATION_PHRASES,
} from '../../src/lib/views/collect-lineage';
import { buildRelatedIndex, findRelatedPapers } from '../../src/lib/papers/find-related-papers';
import { checkResults } from '../../src/survey/checks/check-results';
import { countResults, listGains, rankLeaderboard } from '../../src/lib/results/rank-results';
import { BenchmarkSchema } from '../../src/schemas/benchmark';
import type { PaperData } from '../../src/schemas/paper';

interface TestPaper {
	slug: string;
	name: string;
	terms: Record<string, string[]>;
	expandedTerms: Record<string, string[]>;
	data: PaperData;
}
const paper = (
	slug: string,
	date: string,
	terms: Record<string, string[]>,
	extra: object = {},
): TestPaper => ({
	slug,
	name: slug.toUpperCase(),
	terms,
	expandedTerms: terms,
	data: { date, title: slug, results: [], relations: [], ...extra } as unknown as PaperData,
});

describe('binning by quarter', () => {
	test('places dates in quarters, fills empty quarters and skips year-only dates', () => {
		expect(toQuarter('2025-11-03')).toBe('2025-Q4');
		expect(toQuarter('2025')).toBeUndefined();
		const bins = binPapersByQuarter(
			[
				paper('a', '2024-12-01', { f: ['x'] }),
				paper('b', '2025-05-01', { f: ['x', 'y'] }),
				paper('c', '2025', { f: ['y'] }),
				paper('d', '2025-04-02', { f: [] }),
			],
			'f',
			['x', 'y'],
		);
		expect(bins.quarters).toEqual(['2024-Q4', '2025-Q1', '2025-Q2']);
		expect(bins.series).toEqual([
			{ term: 'x', counts: [1, 0, 1] },
			{ term: 'y', counts: [0, 0, 1] },
			{ term: '', counts: [0, 0, 1] },
		]);
		expect(bins.totals).toEqual([1, 0, 2]);
		expect(bins.yearOnly).toBe(1);
	});
});

describe('the gap matrix', () => {
	test('counts papers with both terms, leaving zeros for open combinations', () => {
		const matrix = buildTermMatrix(
			[
				paper('a', '2025-01-01', { r: ['x'], c: ['p'] }),
				paper('b', '2025-01-01', { r: ['x', 'y'], c: ['p'] }),
			],
			'r',
			['x', 'y'],
			'c',
			['p', 'q'],
		);
		expect(matrix.counts).toEqual([
			[2, 0],
			[1, 0],
		]);
	});
});

describe('lineage', () => {
	const papers = [
		paper(
			'nora-2',
			'2025-11-01',
			{},
			{
				relations: [
					{ type: 'successor-of', name: 'NORA' },
					{ type: 'compares-with', paper: 'base' },
				],
			},
		),
		paper('base', '2024-01-01', {}),
		paper('lonely', '2024-06-01', {}),
	];
	const graph = collectLineage(papers);

	test('collects only papers that take part, with outside papers as their own nodes', () => {
		expect(graph.nodes.map((node) => node.id).sort()).toEqual(['base', 'nora-2', 'outside:NORA']);
		expect(graph.edges).toEqual([
			{ from: 'nora-2', to: 'outside:NORA', type: 'successor-of' },
			{ from: 'nora-2', to: 'base', type: 'compares-with' },
		]);
	});

	test('an outside paper named by the arXiv id of a survey paper is that paper', () => {
		const openvla = paper('openvla', '2024-06-13', {});
		openvla.data.arxiv = '2406.09246v3';
		const cogact = paper(
			'cogact',
			'2024-11-29',
			{},
			{
				relations: [{ type: 'compares-with', arxiv: '2406.09246', name: 'OpenVLA' }],
			},
		);
		const resolved = collectLineage([cogact, openvla]);
		expect(resolved.edges).toEqual([{ from: 'cogact', to: 'openvla', type: 'compares-with' }]);
		expect(
			(groupPaperRelations(resolved).get('openvla') ?? []).map(
				(r) => `${r.node.slug} ${r.phrase} this paper`,
			),
		).toEqual(['cogact compares with this paper']);
	});

	test('phrases a relation from both sides', () => {
		expect(
			(groupPaperRelations(graph).get('base') ?? []).map((relation) => [relation.phrase, relation.subject]),
		).toEqual([['compares with', 'other']]);
		expect(
			(groupPaperRelations(graph).get('nora-2') ?? []).map(
				(relation) => `${relation.phrase} ${relation.node.label}`,
			),
		).toEqual(['is the successor of NORA', 'compares with BASE']);
	});

	test('every relation type reads as an English sentence from both of its papers', () => {
		const sentence = (relation: Parameters<typeof describePaperRelation>[0], other: string) => {
			const { before, after } = describePaperRelation(relation);
			return `${before}${other}${after}.`;
		};
		const sentences = Object.values(RELATION_PHRASES).flatMap(({ forward }) => [
			sentence({ phrase: forward, subject: 'this' }, 'B'),
			sentence({ phrase: forward, subject: 'other' }, 'A'),
		]);
		expect(sentences).toEqual([
			'This paper extends B.',
			'A extends this paper.',
			'This paper is the successor of B.',
			'A is the successor of this paper.',
			'This paper is a baseline in B.',
			'A is a baseline in this paper.',
			'This paper uses a component of B.',
			'A uses a component of this paper.',
			'This paper compares with B.',
			'A compares with this paper.',
			'This paper is the preprint of B.',
			'A is the preprint of this paper.',
		]);
	});

	test('lays outside papers first, then by date, with short arcs first', () => {
		const { rows, arcs } = layoutArcDiagram(graph);
		expect(rows.map((node) => node.id)).toEqual(['outside:NORA', 'base', 'nora-2']);
		expect(arcs.map((arc) => [arc.fromRow, arc.toRow])).toEqual([
			[2, 1],
			[2, 0],
		]);
	});

	test('a stated relation lifts a paper in the related list', () => {
		const a = paper('a', '2025-01-01', { f: ['common'] });
		const b = paper('b', '2025-01-01', { f: ['common'] });
		const c = paper('c', '2025-01-01', { f: ['common'] });
		const related = findRelatedPapers(a, buildRelatedIndex([a, b, c], new Set(['a c'])));
		expect(related.map((entry) => [entry.paper.slug, entry.linked])).toEqual([
			['c', true],
			['b', false],
		]);
	});
});

describe('results', () => {
	const maze = BenchmarkSchema.parse({
		name: 'Maze',
		description: 'd',
		metrics: [
			{ id: 'success-rate', label: 'SR', higher_is_better: true },
			{ id: 'steps', label: 'Steps', higher_is_better: false },
			{ id: 'gain', label: 'Gain over own baseline', higher_is_better: true, kind: 'gain' },
		],
		suites: [{ id: 'large', label: 'Large' }],
	});
	const result = (value: number, metric = 'success-rate', extra: object = {}) => ({
		benchmark: 'maze',
		metric,
		value,
		quote: `reaches ${value}`,
		source: 'abstract',
		url: 'https://arxiv.org/abs/2401.00001v1',
		version: 'v1',
		...extra,
	});
	const rankResults = (papers: TestPaper[], metric: (typeof maze.metrics)[number]) => {
		const { groups } = rankLeaderboard(papers, 'maze', maze, metric);
		expect(groups.length).toBeLessThanOrEqual(1);
		return groups[0]?.rows ?? [];
	};

	test('ranks best first in the metric direction, ties sharing a rank', () => {
		const papers = [
			paper('a', '2024-01-01', {}, { results: [result(80), result(30, 'steps')] }),
			paper('b', '2025-01-01', {}, { results: [result(90), result(50, 'steps')] }),
			paper('c', '2023-01-01', {}, { results: [result(80)] }),
		];
		expect(rankResults(papers, maze.metrics[0]!).map((row) => [row.paper.slug, row.rank])).toEqual([
			['b', 1],
			['c', 2],
			['a', 2],
		]);
		expect(rankResults(papers, maze.metrics[1]!).map((row) => row.paper.slug)).toEqual(['a', 'b']);
	});

	test("lists gains over each paper's own baseline unranked, oldest first, and refuses to rank them", () => {
		const papers = [
			paper('a', '2024-01-01', {}, { results: [result(80), result(12, 'gain')] }),
			paper('b', '2025-01-01', {}, { results: [result(40, 'gain'), result(5, 'unknown-metric')] }),
			paper('c', '2023-01-01', {}, { results: [result(3, 'gain')] }),
		];
		expect(maze.metrics[0]!.kind).toBe('score');
		expect(
			listGains(papers, 'maze', maze.metrics[2]!).map((row) => [row.paper.slug, row.result.value]),
		).toEqual([
			['c', 3],
			['a', 12],
			['b', 40],
		]);
		expect(() => rankLeaderboard(papers, 'maze', maze, maze.metrics[2]!)).toThrow(/gains are not ranked/);
		expect(countResults(papers, 'maze', maze)).toEqual({ ranked: 1, unranked: 3 });
	});

	test('rejects unknown benchmarks, metrics and suites with suggestions', () => {
		const benchmarks = new Map([['maze', maze]]);
		const rules = (results: object[]) =>
			checkResults(results as never, benchmarks).map(
				(found) => `${found.problem.rule} ${found.path.join('.')} ${found.problem.hint.slice(0, 22)}`,
			);
		expect(rules([{ ...result(1), benchmark: 'maez' }])).toEqual([
			'unknown-benchmark results.0.benchmark Did you mean "maze"? B',
		]);
		expect(rules([{ ...result(1), metric: 'step' }])).toEqual([
			'unknown-metric results.0.metric Did you mean "steps"? ',
		]);
		expect(rules([{ ...result(1), suite: 'huge' }])).toEqual([
			'unknown-suite results.0.suite Suites of maze: large.',
		]);
		expect(rules([result(1)])).toEqual([]);
	});

	const arena = BenchmarkSchema.parse({
		name: 'Arena',
		description: 'd',
		metrics: [{ id: 'success-rate', label: 'SR', higher_is_better: true }],
		suites: [{ id: 'large', label: 'Large' }],
		protocols: [
			{ id: 'fine-tuned', label: 'Fine-tuned', definition: 'Trained on the benchmark.' },
			{ id: 'zero-shot', label: 'Zero-shot', definition: 'Never trained on it.' },
		],
		inputs: [
			{ id: 'camera', label: 'Camera' },
			{ id: 'wrist', label: 'Wrist camera' },
		],
	});

	test('ranks a result only against results of the same protocol, suite and inputs', () => {
		const run = (value: number, extra: object) =>
			result(value, 'success-rate', { benchmark: 'arena', ...extra });
		const papers = [
			paper('a', '2024-01-01', {}, { results: [run(90, { protocol: 'zero-shot', inputs: ['camera'] })] }),
			paper('b', '2024-02-01', {}, { results: [run(70, { protocol: 'fine-tuned', inputs: ['camera'] })] }),
			paper(
				'c',
				'2024-03-01',
				{},
				{ results: [run(80, { protocol: 'fine-tuned', inputs: ['wrist', 'camera'] })] },
			),
			paper('d', '2024-04-01', {}, { results: [run(60, { protocol: 'fine-tuned', inputs: ['camera'] })] }),
			paper('e', '2024-05-01', {}, { results: [run(99, { unranked: 'one released decoder only' })] }),
			paper(
				'f',
				'2024-06-01',
				{},
				{ results: [run(50, { protocol: 'fine-tuned', inputs: ['camera'], suite: 'large' })] },
			),
		];
		const board = rankLeaderboard(papers, 'arena', arena, arena.metrics[0]!);
		expect(
			board.groups.map((group) => [
				group.protocol?.id,
				group.suite?.id,
				group.inputs?.map((input) => input.id).join('+'),
				group.rows.map((row) => `${row.paper.slug}#${row.rank}`).join(' '),
			]),
		).toEqual([
			['fine-tuned', undefined, 'camera', 'b#1 d#2'],
			['fine-tuned', undefined, 'camera+wrist', 'c#1'],
			['fine-tuned', 'large', 'camera', 'f#1'],
			['zero-shot', undefined, 'camera', 'a#1'],
		]);
		expect(board.unranked.map((row) => row.paper.slug)).toEqual(['e']);
		expect(countResults(papers, 'arena', arena)).toEqual({ ranked: 5, unranked: 1 });
	});

	test('rejects a missing or unknown protocol, an unknown input and a number its quote does not state', () => {
		const benchmarks = new Map([['arena', arena]]);
		const rules = (extra: object) =>
			checkResults([result(80, 'success-rate', { benchmark: 'arena', ...extra })] as never, benchmarks).map(
				(found) => `${found.problem.rule} ${found.path.join('.')}`,
			);
		expect(rules({ protocol: 'fine-tuned', inputs: ['camera'] })).toEqual([]);
		expect(rules({ unranked: 'a private split' })).toEqual([]);
		expect(rules({})).toEqual(['missing-protocol results.0']);
		expect(rules({ protocol: 'finetuned' })).toEqual(['unknown-protocol results.0.protocol']);
		expect(rules({ protocol: 'zero-shot', inputs: ['wirst'] })).toEqual(['unknown-input results.0.inputs.0']);
		expect(rules({ protocol: 'zero-shot', quote: 'reaches 8.0 on average' })).toEqual([
			'number-not-in-quote results.0.quote',
		]);
		expect(rules({ protocol: 'zero-shot', quote: 'a success rate of 0.80' })).toEqual([]);
	});
});
