import { describe, expect, test } from 'vitest';
import { parseNote } from '../../src/lib/notes/parse-note';
import { checkNoteBody } from '../../src/survey/checks/check-note-body';
import { formatLocalDate } from '../../src/cli/format-local-date';
import {
	DEFAULT_NOTE_SECTIONS,
	SUMMARY_PLACEHOLDER,
	renderNoteSkeleton,
	type PaperDraft,
} from '../../src/cli/render-note-skeleton';
import { suggestPaperSlug } from '../../src/cli/suggest-paper-slug';
import { formatPlainTitle } from '../../src/cli/format-plain-title';
import { FacetSchema } from '../../src/schemas/facet';
import { PaperSchema } from '../../src/schemas/paper';
import { parseYaml, splitFrontmatter } from '../../src/survey/read-source';

const term = (id: string) => ({ id, label: id, description: `The ${id} term.` });
const facets = [
	FacetSchema.parse({
		id: 'method',
		label: 'Method',
		description: 'How.',
		multiple: true,
		required: true,
		terms: ['planning', 'tree-search', 'learning'].map(term),
	}),
	FacetSchema.parse({
		id: 'setting',
		label: 'Setting',
		description: 'Where.',
		multiple: false,
		required: false,
		terms: ['simulation', 'real-world'].map(term),
	}),
	FacetSchema.parse({
		id: 'long',
		label: 'Long',
		description: 'Many terms.',
		multiple: true,
		required: false,
		terms: Array.from({ length: 30 }, (_, i) => term(`term-number-${i}`)),
	}),
];
const codeact: PaperDraft = {
	title: 'Executable Code Actions Elicit Better LLM Agents',
	authors: ['Xingyao Wang', 'Yangyi Chen', 'Lifan Yuan', 'Yizhe Zhang', 'Yunzhu Li', 'Hao Peng', 'Heng Ji'],
	date: '2024-02-01',
	arxiv: '2402.01030',
};

const render = (paper: PaperDraft) => renderNoteSkeleton({ paper, facets, added: '2026-11-24' });
const frontmatterOf = (text: string) => {
	const parts = splitFrontmatter(text)!;
	const yaml = parseYaml(parts.yaml);
	expect(yaml.syntaxErrors).toEqual([]);
	return { data: yaml.data as Record<string, unknown>, body: parts.body };
};
const schemaIssues = (data: unknown) => {
	const result = PaperSchema.safeParse(data);
	return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('renderNoteSkeleton', () => {
	test('writes frontmatter that passes the paper schema, with every known fact', () => {
		const { data } = frontmatterOf(render(codeact));
		expect(schemaIssues(data)).toEqual([]);
		expect(PaperSchema.parse(data)).toMatchObject({
			title: codeact.title,
			authors: codeact.authors,
			date: '2024-02-01',
			arxiv: '2402.01030',
			links: { pdf: 'https://arxiv.org/pdf/2402.01030' },
			summary: SUMMARY_PLACEHOLDER,
			added: '2026-11-24',
		});
	});

	test('lists every facet empty, in order, under a comment naming its term ids', () => {
		const text = render(codeact);
		expect(frontmatterOf(text).data['taxonomy']).toEqual({ method: [], setting: [], long: [] });
		expect(text).toContain(
			'  # Method (required, one or more terms): planning, tree-search, learning\n  method: []\n',
		);
		expect(text).toContain(
			'  # Setting (optional, at most one term): simulation, real-world\n  setting: []\n',
		);
		const longComment = text.slice(text.indexOf('  # Long'), text.indexOf('  long: []'));
		for (let i = 0; i < 30; i += 1) expect(longComment).toContain(`term-number-${i}`);
		expect(Math.max(...longComment.split('\n').map((line) => line.length))).toBeLessThanOrEqual(110);
	});

	test('writes a generic outline, each section with a prompt, and nothing the note checker rejects', () => {
		const { body } = frontmatterOf(render(codeact));
		const headings = body.split('\n').filter((line) => line.startsWith('## '));
		expect(headings).toEqual(DEFAULT_NOTE_SECTIONS.map((section) => `## ${section.heading}`));
		// The generator holds no survey's words: no section names this survey's subject.
		expect(body).not.toMatch(/action/i);
		expect(body.match(/^_.+_$/gm)).toHaveLength(DEFAULT_NOTE_SECTIONS.length);
		expect(checkNoteBody(parseNote(body))).toEqual([]);
	});

	test("writes the survey's own sections and prompts when survey.yaml declares them", () => {
		const text = renderNoteSkeleton({
			paper: codeact,
			facets,
			sections: [
				{ heading: 'TL;DR', prompt: 'Two sentences.' },
				{ heading: 'How it represents and produces actions', prompt: 'What the model emits.' },
			],
			added: '2026-11-24',
		});
		const { body } = frontmatterOf(text);
		expect(body).toBe(
			'\n## TL;DR\n\n_Two sentences._\n\n## How it represents and produces actions\n\n_What the model emits._\n',
		);
	});

	test('leaves commented places for reasons, the survey attributes and sources, and names suggested terms', () => {
		const text = renderNoteSkeleton({
			paper: codeact,
			facets,
			attributes: [
				{ id: 'control-rate', label: 'Control rate', type: 'number', unit: 'Hz', description: 'How often.' },
				{
					id: 'action-output',
					label: 'Output',
					type: 'enum',
					values: ['text', 'code'],
					description: 'What.',
				},
			],
			suggestions: { method: ['planning', 'learning'] },
			added: '2026-11-24',
		});
		expect(text).toContain('  #   suggested: planning, learning\n  method: []\n');
		expect(text).toContain(
			'#   reasons:\n#     method:\n#       planning: "Why the paper fits this term, in a few words."',
		);
		expect(text).toContain('#     control-rate: number in Hz. How often.');
		expect(text).toContain('#     action-output: one of text, code. What.');
		const { data } = frontmatterOf(text);
		expect(data['sources']).toEqual([{ url: 'https://arxiv.org/abs/2402.01030', title: 'arXiv listing' }]);
		expect(data).not.toHaveProperty('reasons');
		expect(data).not.toHaveProperty('attributes');
		expect(schemaIssues(data)).toEqual([]);
	});

	test('leaves unknown facts out so the validator asks for them', () => {
		const { data } = frontmatterOf(render({ title: 'Alpha: A Paper Known Only by Its Title', authors: [] }));
		expect(data).not.toHaveProperty('date');
		expect(data).not.toHaveProperty('links');
		expect(data['authors']).toEqual([]);
		expect(schemaIssues(data)).toEqual(['authors', 'date']);
	});

	test('quotes what YAML would otherwise misread, and reads back exactly', () => {
		const paper: PaperDraft = {
			title: 'He said "Act": #1 of [many] {things}',
			authors: [
				'Yes',
				"Conan O'Brien",
				'Martin Luther King Jr.',
				'Jan van der Berg',
				'123 Robot',
				'Key: Value',
			],
			authorsComplete: false,
			date: '2023',
			doi: '10.5555/12345678',
			venue: 'Proceedings: Example Conference 2024',
		};
		const { data } = frontmatterOf(render(paper));
		expect(schemaIssues(data)).toEqual([]);
		expect(PaperSchema.parse(data)).toMatchObject({
			title: paper.title,
			authors: paper.authors,
			authors_complete: false,
			date: '2023',
			doi: paper.doi,
			venue: paper.venue,
		});
		expect(render({ ...paper, date: '2025-06' })).toContain('date: "2025-06"');
	});
});

describe('suggestPaperSlug', () => {
	test('uses the short name before a colon', () => {
		expect(suggestPaperSlug('Alpha Planner: Searching Before Acting')).toBe('alpha-planner');
		expect(suggestPaperSlug('Being-H0.5: Scaling Human-Centric Robot Learning')).toBe('being-h0-5');
		expect(suggestPaperSlug('ToolChain*: Efficient Action Space Navigation')).toBe('toolchain');
	});

	test('else the first words, cut at a word boundary to at most 40 characters', () => {
		expect(suggestPaperSlug('Executable Code Actions Elicit Better LLM Agents')).toBe(
			'executable-code-actions-elicit-better',
		);
		expect(suggestPaperSlug('Gamma, a Hybrid of Search and Learning')).toBe(
			'gamma-a-hybrid-of-search-and-learning',
		);
		expect(suggestPaperSlug('A'.repeat(60))).toBe('a'.repeat(40));
		expect(suggestPaperSlug('Évaluation des agents')).toBe('evaluation-des-agents');
	});

	test('spells out Greek letters and reads sub- and superscripts as digits', () => {
		expect(suggestPaperSlug('π₀: A Vision-Language-Action Flow Model for General Robot Control')).toBe('pi0');
		expect(suggestPaperSlug('π0.5: a Vision-Language-Action Model with Open-World Generalization')).toBe(
			'pi0-5',
		);
		expect(suggestPaperSlug('π₀.₅: the same name in subscripts')).toBe('pi0-5');
		expect(suggestPaperSlug('τ²-Bench: Evaluating Conversational Agents')).toBe('tau2-bench');
		expect(suggestPaperSlug('Δ-Planner: Ωmega Straße')).toBe('delta-planner');
	});

	test('never suggests a slug of digits alone', () => {
		expect(suggestPaperSlug('2048: Learning to Slide Tiles')).toBe('2048-learning-to-slide-tiles');
		expect(suggestPaperSlug('1984')).toBe('paper-1984');
		expect(suggestPaperSlug('₀: Subscript Zero')).toBe('0-subscript-zero');
	});

	test('returns nothing when the title has no ASCII letters or digits', () => {
		expect(suggestPaperSlug('动作表示')).toBe('');
	});
});

describe('formatPlainTitle', () => {
	test('turns TeX math and citation-js markup into the plain title readers see', () => {
		expect(formatPlainTitle('$\\pi_0$: A Vision-Language-Action Flow Model')).toBe(
			'π₀: A Vision-Language-Action Flow Model',
		);
		expect(formatPlainTitle('$\\pi_{0.5}$: a VLA')).toBe('π0.5: a VLA');
		expect(formatPlainTitle('π<sub>0.5</sub>: a VLA')).toBe('π0.5: a VLA');
		expect(formatPlainTitle('$\\tau^2$-Bench')).toBe('τ²-Bench');
		expect(formatPlainTitle('ToolChain*: Efficient Navigation with A* Search')).toBe(
			'ToolChain*: Efficient Navigation with A* Search',
		);
	});
});

describe('formatLocalDate', () => {
	test('formats the local calendar date', () => {
		expect(formatLocalDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
		expect(formatLocalDate(new Date(2024, 0, 5, 0, 1))).toBe('2024-01-05');
	});
});
