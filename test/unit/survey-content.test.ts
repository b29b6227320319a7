import { describe, expect, test } from 'vitest';
import { expandPaperTerms } from '../../src/lib/papers/paper-record';
import { rankLeaderboard } from '../../src/lib/results/rank-results';
import { loadSurvey } from '../../src/survey/load-survey';
import { surveyUnderTest } from '../helpers/paths';

// The survey this repository publishes. Its editorial bar (sections, length, a reason for every term, sources,
// citation by a chapter, chapters' length and views) is declared in survey.yaml and enforced by `npm run check`,
// with the severities CONTRIBUTING lists; these tests only hold what must never shrink, so that adding a paper or a
// chapter by CONTRIBUTING's steps never fails them.
const { survey, diagnostics } = loadSurvey(surveyUnderTest);

/** Counts the papers with a term, its descendants included (a paper's expanded terms hold its ancestors). */
const tagged = () =>
	survey!.papers.map((paper) => ({ ...paper, expandedTerms: expandPaperTerms(paper.terms, survey!.index) }));
const countTagged = (facet: string, terms: readonly string[]) =>
	tagged().filter((paper) => paper.expandedTerms[facet]?.some((term) => terms.includes(term))).length;

/** Works the field treats as landmarks that issue #19 names; each must stay in the survey. */
const NAMED_WORKS = [
	'gr-1',
	'rt-h',
	'robocat',
	'gemini-robotics',
	'ecot',
	'hi-robot',
	'vq-vla',
	'beast',
	'vpp',
	'magma',
	'vint',
	'nomad',
	'lapo',
	'vpt',
	'unisim',
	'cosmos',
	'dreamgen',
	'susie',
	'avdc',
	'v-jepa-2',
	'dino-wm',
	'droid',
	'bridgedata-v2',
	'umi',
	'webarena',
	'androidworld',
	'uground',
	'aguvis',
];

describe('the published survey', () => {
	test('validates without errors', () => {
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect(survey).toBeDefined();
	});

	test('covers the landmarks, each saying why, at least 30 of them verified, and at least the 51 seed papers besides', () => {
		const landmarks = survey!.papers.filter((paper) => paper.data.landmark !== undefined);
		expect(landmarks.length).toBeGreaterThanOrEqual(40);
		expect(survey!.papers.length - landmarks.length).toBeGreaterThanOrEqual(51);
		expect(landmarks.filter((paper) => paper.data.verified).length).toBeGreaterThanOrEqual(30);
	});

	// Issue #19's floors, counted from the survey's own tags with ancestors: a change cannot quietly drop below them.
	test('covers every action-token type, GUI and LLM agents, world models and robot data at the floors set', () => {
		for (const term of ['language', 'code', 'affordance', 'trajectory', 'goal-state', 'latent', 'reasoning'])
			expect(countTagged('action-tokenization', [term]), term).toBeGreaterThanOrEqual(12);
		for (const term of ['diffusion-flow', 'continuous-regression', 'discrete-bins'])
			expect(countTagged('action-tokenization', [term]), term).toBeGreaterThanOrEqual(12);
		const frequency = tagged().filter((paper) =>
			paper.expandedTerms['action-tokenization']?.includes('frequency-tokens'),
		);
		expect(frequency.map((paper) => paper.slug)).toEqual(
			expect.arrayContaining(['fast', 'beast', 'omnisat']),
		);
		expect(countTagged('domain', ['gui-agents', 'llm-agents'])).toBeGreaterThanOrEqual(40);
		expect(
			tagged().filter((paper) => (paper.expandedTerms['world-model']?.length ?? 0) > 0).length,
		).toBeGreaterThanOrEqual(25);
		const robotData = tagged().filter(
			(paper) =>
				paper.expandedTerms['contribution']?.some((term) => term === 'dataset' || term === 'benchmark') &&
				paper.expandedTerms['domain']?.some((term) =>
					['manipulation', 'navigation', 'humanoid-motion'].includes(term),
				),
		);
		expect(robotData.length).toBeGreaterThanOrEqual(15);
		expect(survey!.papers.map((paper) => paper.slug)).toEqual(expect.arrayContaining(NAMED_WORKS));
		expect(survey!.papers.length).toBeGreaterThanOrEqual(250);
	});

	// Issue #20: the boards the field reads each rank at least 8 like-with-like results (one protocol, one suite or
	// the overall figure, one set of inputs) in one table.
	test.each([
		['libero'],
		['simpler'],
		['calvin'],
		['osworld'],
		['screenspot'],
		['androidworld'],
		['mind2web'],
	])('the %s leaderboard has a table of at least 8 ranked results', (id) => {
		const benchmark = survey!.benchmarks.get(id)!;
		const largest = Math.max(
			...benchmark.metrics
				.filter((metric) => metric.kind !== 'gain')
				.flatMap((metric) =>
					rankLeaderboard(survey!.papers, id, benchmark, metric).groups.map((group) => group.rows.length),
				),
		);
		expect(largest).toBeGreaterThanOrEqual(8);
	});

	test('survey.yaml turns on the editorial rules CONTRIBUTING lists', () => {
		expect(survey!.config.notes.sections.map((section) => section.heading)).toEqual([
			'TL;DR',
			'The problem',
			'How it represents and produces actions',
			'Training and data',
			'Key results',
			'Limitations and open questions',
		]);
		expect(survey!.config.notes).toMatchObject({
			min_words: 250,
			min_summary_length: 40,
			require_reasons: true,
			require_sources: true,
			require_chapter_citation: true,
		});
		expect(survey!.config.chapters).toEqual({ min_words: 800, require_views: true });
	});

	test('has an introduction, one chapter per core facet, digital agents and learning', () => {
		expect(survey!.chapters.map((chapter) => chapter.slug)).toEqual(
			expect.arrayContaining([
				'introduction',
				'action-tokenization',
				'hierarchy',
				'world-models',
				'cross-embodiment',
				'digital-agents',
				'learning-and-evaluation',
			]),
		);
	});

	test('results carry their source, and benchmarks with results exist', () => {
		const results = survey!.papers.flatMap((paper) =>
			paper.data.results.map((result) => ({ slug: paper.slug, ...result })),
		);
		expect(results.length).toBeGreaterThan(10);
		expect(
			results.find((result) => result.slug === 'being-h0-5' && result.benchmark === 'libero'),
		).toMatchObject({ value: 98.9, source: 'abstract', unranked: expect.any(String) });
		expect(
			results.find((result) => result.slug === 'being-h0-5' && result.benchmark === 'robocasa'),
		).toMatchObject({ value: 53.9 });
	});

	test('the four core facets and their required top-level terms exist', () => {
		const terms = (facet: string) => [...(survey!.index.byId.get(facet)?.terms.keys() ?? [])];
		expect(terms('action-tokenization')).toEqual(
			expect.arrayContaining([
				'language',
				'code',
				'affordance',
				'trajectory',
				'goal-state',
				'latent',
				'raw-action',
				'reasoning',
				'gui-action',
				'tool-call',
			]),
		);
		expect(terms('hierarchy')).toEqual(expect.arrayContaining(['monolithic', 'hierarchical']));
		expect(survey!.index.byId.get('hierarchy')!.facet.multiple).toBe(false);
		expect(terms('domain')).toEqual(
			expect.arrayContaining([
				'manipulation',
				'navigation',
				'humanoid-motion',
				'gui-agents',
				'open-world-games',
				'llm-agents',
			]),
		);
		expect(terms('contribution')).toEqual(
			expect.arrayContaining(['model', 'method', 'dataset', 'benchmark', 'survey', 'library', 'analysis']),
		);
	});
});
