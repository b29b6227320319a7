import { describe, expect, test } from 'vitest';
import { loadSurvey } from '../../src/survey/load-survey';
import { surveyUnderTest } from '../helpers/paths';

// The survey this repository publishes. Its editorial bar (sections, length, a reason for every term, sources,
// citation by a chapter, chapters' length and views) is declared in survey.yaml and enforced by `npm run check`,
// with the severities CONTRIBUTING lists; these tests only hold what must never shrink, so that adding a paper or a
// chapter by CONTRIBUTING's steps never fails them.
const { survey, diagnostics } = loadSurvey(surveyUnderTest);

/** The seed papers the survey started from (`shared/seed/`), and the landmarks issue #11 asks for. */
const LANDMARKS = [
	'rt-1',
	'rt-2',
	'openvla',
	'openvla-oft',
	'octo',
	'pi0',
	'pi0-5',
	'fast',
	'diffusion-policy',
	'act',
	'rdt-1b',
	'gr00t-n1',
	'gato',
	'vima',
	'vq-bet',
	'genie',
	'lapa',
	'unipi',
	'dreamerv3',
	'3d-vla',
	'open-x-embodiment',
	'hpt',
	'crossformer',
	'saycan',
	'code-as-policies',
	'voxposer',
	'palm-e',
	'react',
	'toolformer',
	'voyager',
	'seeact',
	'cogagent',
	'os-atlas',
	'mind2web',
	'seeclick',
	'ui-tars',
	'osworld',
	'libero',
	'simplerenv',
	'roboflamingo',
];

describe('the published survey', () => {
	test('validates without errors', () => {
		expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
		expect(survey).toBeDefined();
	});

	test('covers the landmarks, at least 30 of them verified, and at least the 51 seed papers besides', () => {
		const slugs = survey!.papers.map((paper) => paper.slug);
		expect(slugs).toEqual(expect.arrayContaining(LANDMARKS));
		expect(slugs.length - LANDMARKS.length).toBeGreaterThanOrEqual(51);
		const verified = survey!.papers.filter((paper) => LANDMARKS.includes(paper.slug) && paper.data.verified);
		expect(verified.length).toBeGreaterThanOrEqual(30);
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
		).toMatchObject({ value: 98.9, source: 'abstract' });
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
