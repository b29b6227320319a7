import { describe, expect, test } from 'vitest';
import { describeSuggestion, runSuggest, toJson } from '../../src/cli/suggest';
import {
	auditNoteTerms,
	buildTermSuggester,
	composeNoteText,
	dropNegatedClauses,
	evaluateLeaveOneOut,
	type SuggestionNote,
} from '../../src/cli/suggest-terms';
import { FacetSchema } from '../../src/schemas/facet';
import { fixture } from '../helpers/paths';

const facets = [
	FacetSchema.parse({
		id: 'tokens',
		label: 'Tokens',
		description: 'What the model emits.',
		multiple: true,
		required: false,
		terms: [
			{ id: 'latent', label: 'Latent', description: 'Latent actions.', aliases: ['latent action'] },
			{
				id: 'diffusion',
				label: 'Diffusion',
				description: 'Diffusion heads.',
				aliases: ['flow matching', 'diffusion policy'],
			},
			{ id: 'code', label: 'Code', description: 'Programs.' },
		],
	}),
	FacetSchema.parse({
		id: 'domain',
		label: 'Domain',
		description: 'Where.',
		multiple: true,
		required: true,
		terms: [
			{ id: 'robots', label: 'Robot manipulation', description: 'Arms.' },
			{ id: 'software', label: 'Software agents', description: 'Programs.' },
		],
	}),
];
const note = (slug: string, text: string, tokens: string[], domain: string[]): SuggestionNote => ({
	slug,
	name: slug.toUpperCase(),
	text: composeNoteText({ title: text, body: text }),
	terms: { tokens, domain },
});
const notes = [
	note(
		'lapa',
		'Latent action pretraining from videos of robot arms grasping objects',
		['latent'],
		['robots'],
	),
	note(
		'genie',
		'Generative interactive environments learn latent actions from unlabeled video',
		['latent'],
		['robots'],
	),
	note('univla', 'Task-centric latent actions learned from video for robot arms', ['latent'], ['robots']),
	note(
		'dp',
		'Diffusion policy: visuomotor control by denoising robot arm trajectories',
		['diffusion'],
		['robots'],
	),
	note('pi0', 'A flow matching action expert for dexterous robot arms', ['diffusion'], ['robots']),
	note('codeact', 'Executable Python programs as the actions of software agents', ['code'], ['software']),
	note('toolllm', 'Software agents that call APIs and write programs', ['code'], ['software']),
];

describe('suggested terms', () => {
	const suggester = buildTermSuggester(notes, facets);

	test('rank the terms of the most similar notes first, with those notes as the reason', () => {
		const { facets: ranked, neighbours } = suggester.suggest(
			composeNoteText({ title: 'Learning latent actions from human video for robot arms' }),
		);
		expect(ranked['tokens']![0]).toMatchObject({ term: 'latent', mentions: ['latent', 'latent action'] });
		expect(ranked['tokens']![0]!.because.sort()).toEqual(['genie', 'lapa', 'univla']);
		expect(ranked['domain']![0]!.term).toBe('robots');
		expect(neighbours).toHaveLength(5);
		expect(describeSuggestion(ranked['tokens']![0]!, 5, (slug) => slug.toUpperCase())).toMatch(
			/^3 of the 5 nearest notes use `latent`: (LAPA|GENIE|UNIVLA), .*; the text says "latent" and "latent action"$/,
		);
	});

	test('a note never votes for itself, and its hidden terms are recovered from its neighbours', () => {
		const { facets: ranked } = suggester.suggest(notes[5]!.text, { exclude: 'codeact' });
		expect(ranked['tokens']![0]).toMatchObject({ term: 'code', because: ['toolllm'] });
		const result = evaluateLeaveOneOut(notes, facets, 1);
		expect(result).toMatchObject({ total: 14, notes: 7 });
		expect(result.found).toBeGreaterThanOrEqual(12);
	});

	test('--json gives facet → [{ term, score, because }], best first', () => {
		const json = toJson(suggester.suggest(notes[0]!.text, { exclude: 'lapa' }));
		expect(Object.keys(json)).toEqual(['tokens', 'domain']);
		expect(Object.keys(json['tokens']![0]!)).toEqual(['term', 'score', 'because']);
		const scores = json['tokens']!.map((entry) => entry.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	test('the audit names a note tagged unlike its neighbours', () => {
		const mislabelled = [
			...notes,
			note('odd', 'Latent actions from video for robot arms', ['code'], ['robots']),
		];
		const findings = auditNoteTerms(mislabelled, facets);
		expect(findings).toContainEqual(
			expect.objectContaining({
				slug: 'odd',
				facet: 'tokens',
				missing: [expect.objectContaining({ term: 'latent' })],
			}),
		);
	});

	test('the old taxonomy section, scaffold prompts and TODOs are not compared', () => {
		const text = composeNoteText({
			title: 'T',
			summary: 'TODO: one sentence.',
			body: '## TL;DR\n\n_Two or three sentences._\n\n## Where it sits in the taxonomy\n\n- latent\n\n## Limitations\n\nNone.',
		});
		expect(text).not.toMatch(/latent|Two or three|one sentence/);
		expect(text).toContain('None.');
	});
});

describe('a term the note negates or names only as a contrast', () => {
	const moreFacets = [
		...facets,
		FacetSchema.parse({
			id: 'contribution',
			label: 'Contribution',
			description: 'What the paper contributes.',
			multiple: true,
			required: false,
			terms: [
				{ id: 'benchmark', label: 'Benchmark', description: 'A suite of tasks for comparing systems.' },
				{ id: 'method', label: 'Method', description: 'A new way of doing it.' },
			],
		}),
		FacetSchema.parse({
			id: 'world-model',
			label: 'World model',
			description: 'The role a world model plays.',
			multiple: true,
			required: false,
			terms: [{ id: 'critic', label: 'Critic', description: 'Scores outcomes.', aliases: ['reward model'] }],
		}),
	];
	const suggester = buildTermSuggester(notes, moreFacets);
	const suggestionsFor = (text: string, facet: string) =>
		suggester.suggest(composeNoteText({ title: 'A new agent', body: text })).facets[facet]!;
	const mentionsOf = (text: string, facet: string, term: string) =>
		suggestionsFor(text, facet).find((suggestion) => suggestion.term === term)?.mentions ?? [];

	test('"unlike Diffusion Policy" does not propose the diffusion term, before or after the contrast', () => {
		for (const text of [
			'Unlike Diffusion Policy, it predicts latent actions learned from video.',
			'It predicts latent actions learned from video, unlike Diffusion Policy.',
		]) {
			expect(mentionsOf(text, 'tokens', 'diffusion'), text).toEqual([]);
			expect(suggestionsFor(text, 'tokens')[0], text).toMatchObject({ term: 'latent' });
		}
		// The same words affirmed still count.
		expect(mentionsOf('It trains a diffusion policy on robot arms.', 'tokens', 'diffusion')).toEqual([
			'diffusion',
			'diffusion policy',
		]);
	});

	test('"none of these environments is a benchmark" does not propose `benchmark`', () => {
		expect(
			mentionsOf(
				'We release five simulated environments; none of these environments is a benchmark.',
				'contribution',
				'benchmark',
			),
		).toEqual([]);
		expect(mentionsOf('We release a benchmark of five environments.', 'contribution', 'benchmark')).toEqual([
			'benchmark',
		]);
	});

	test('"without rewards" is not reported as the text saying "reward model"', () => {
		const text = 'The policy learns without rewards, from demonstrations alone.';
		expect(mentionsOf(text, 'world-model', 'critic')).toEqual([]);
		const critic = suggestionsFor(text, 'world-model').find((suggestion) => suggestion.term === 'critic');
		if (critic) expect(describeSuggestion(critic, 5, (slug) => slug)).not.toContain('the text says');
		expect(mentionsOf('A learned reward model scores every rollout.', 'world-model', 'critic')).toEqual([
			'reward model',
		]);
	});

	test('each cue reaches to the end of its clause only', () => {
		expect(dropNegatedClauses('It emits latent actions rather than raw joint angles, at 10 Hz.')).toBe(
			'It emits latent actions , at 10 Hz.',
		);
		expect(dropNegatedClauses('Compared with OpenVLA, it is smaller.')).toBe(', it is smaller.');
		expect(
			dropNegatedClauses('It plans in contrast to reactive policies; it never uses a world model.'),
		).toBe('It plans ; it .');
		expect(
			dropNegatedClauses('Code as opposed to JSON, instead of text, with no rewards but demonstrations.'),
		).toBe('Code , , with but demonstrations.');
		// "not only … but also" affirms both.
		expect(dropNegatedClauses('It is not only a dataset but also a benchmark.')).toBe(
			'It is not only a dataset but also a benchmark.',
		);
	});
});

describe('npm run suggest', () => {
	const run = (argv: string[]) => {
		let output = '';
		const code = runSuggest({
			argv,
			root: fixture('tiny-survey'),
			cwd: fixture('tiny-survey'),
			stdout: { write: (t: string) => (output += t) },
		});
		return { code, output };
	};

	test('prints every facet with ranked terms and their reasons', () => {
		const { code, output } = run(['gamma-hybrid']);
		expect(code).toBe(0);
		expect(output).toContain(
			'Suggested terms for content/papers/gamma-hybrid.mdx, from the 3 most similar notes',
		);
		expect(output).toMatch(/^method \(one or more; has: planning, learning\)$/m);
		expect(output).toMatch(/^setting \(at most one; has: none\)$/m);
	});

	test('takes a note path and prints JSON', () => {
		const { code, output } = run(['--json', 'content/papers/alpha-planner.mdx']);
		expect(code).toBe(0);
		const json = JSON.parse(output) as Record<string, { term: string }[]>;
		expect(Object.keys(json)).toEqual(['method', 'setting']);
	});

	test('says what to give when the note does not exist or the command line is wrong', () => {
		expect(run(['no-such-note'])).toMatchObject({
			code: 1,
			output: expect.stringContaining('There is no note "no-such-note"'),
		});
		expect(run([])).toMatchObject({ code: 2, output: expect.stringContaining('Usage:') });
		expect(run(['--audit', 'alpha-planner']).code).toBe(2);
	});

	test('--evaluate and --audit run over the whole survey', () => {
		expect(run(['--evaluate']).output).toMatch(
			/^Leave-one-out over 4 notes: \d+ of \d+ real terms \(\d+\.\d%\)/,
		);
		expect(run(['--audit']).code).toBe(0);
	});

	test('with ATLAS_SURVEY, names the survey and its note from where it was typed; --help exits 0', () => {
		let output = '';
		const write = (text: string) => (output += text);
		const env = { ATLAS_SURVEY: 'tiny-survey', INIT_CWD: fixture() };
		expect(runSuggest({ argv: ['gamma-hybrid'], env, stdout: { write } })).toBe(0);
		expect(output).toMatch(
			/^Survey: tiny-survey\/ \(ATLAS_SURVEY\)\nSuggested terms for tiny-survey\/content\/papers\/gamma-hybrid\.mdx,/,
		);
		output = '';
		expect(runSuggest({ argv: ['no-such-note'], env, stdout: { write } })).toBe(1);
		expect(output).toContain('e.g. ATLAS_SURVEY=tiny-survey npm run suggest -- ');
		output = '';
		expect(runSuggest({ argv: ['--help'], env, stdout: { write } })).toBe(0);
		expect(output).toMatch(/^Usage:\n/);
		expect(output).not.toContain('Unknown option');
	});
});
