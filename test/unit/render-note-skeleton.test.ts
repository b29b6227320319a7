import { describe, expect, test } from 'vitest';
import { parseNote } from '../../src/lib/parse-note';
import { checkNoteBody } from '../../src/survey/checks/check-note-body';
import { formatLocalDate } from '../../src/cli/format-local-date';
import {
	NOTE_SECTIONS,
	SUMMARY_PLACEHOLDER,
	renderNoteSkeleton,
	type PaperDraft,
} from '../../src/cli/render-note-skeleton';
import { suggestPaperSlug } from '../../src/cli/suggest-paper-slug';
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

	test('writes the six sections, each with a prompt, and nothing the note checker rejects', () => {
		const { body } = frontmatterOf(render(codeact));
		const headings = body.split('\n').filter((line) => line.startsWith('## '));
		expect(headings).toEqual(NOTE_SECTIONS.map((section) => `## ${section.heading}`));
		expect(headings).toEqual([
			'## TL;DR',
			'## The problem',
			'## How it represents and produces actions',
			'## Key results',
			'## Where it sits in the taxonomy',
			'## Limitations and open questions',
		]);
		expect(body.match(/^_.+_$/gm)).toHaveLength(6);
		expect(checkNoteBody(parseNote(body))).toEqual([]);
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

	test('returns nothing when the title has no ASCII letters or digits', () => {
		expect(suggestPaperSlug('动作表示')).toBe('');
	});
});

describe('formatLocalDate', () => {
	test('formats the local calendar date', () => {
		expect(formatLocalDate(new Date(2026, 10, 24, 23, 59))).toBe('2026-11-24');
		expect(formatLocalDate(new Date(2024, 0, 5, 0, 1))).toBe('2024-01-05');
	});
});
