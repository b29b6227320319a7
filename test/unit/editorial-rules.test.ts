import { describe, expect, test } from 'vitest';
import { formatDiagnostic, sortDiagnostics, type Diagnostic } from '../../src/errors/diagnostic';
import { loadSurvey } from '../../src/survey/load-survey';
import { fixture } from '../helpers/paths';
import { makeSurveyCase } from '../helpers/survey-case';

const EDITORIAL_RULES = [
	'missing-reason',
	'note-sections',
	'note-length',
	'summary-length',
	'missing-sources',
	'avoided-phrase',
	'uncited-paper',
	'chapter-length',
	'chapter-views',
];

/** The diagnostics of the tiny survey with every editorial rule turned on in its survey.yaml. */
function loadRulesOn(): Diagnostic[] {
	const made = makeSurveyCase('editorial', 'rules-on');
	try {
		return loadSurvey(made.dir).diagnostics;
	} finally {
		made.remove();
	}
}

describe('editorial rules a survey turns on in survey.yaml', () => {
	const diagnostics = loadRulesOn();
	const of = (file: string) =>
		diagnostics.filter((diagnostic) => diagnostic.file === `content/papers/${file}.mdx`);
	const report = (file: string) => sortDiagnostics(of(file)).map(formatDiagnostic).join('\n');

	test('a term without a reason is an error naming the term and where to add the reason', () => {
		expect(report('alpha-planner')).toContain(
			'content/papers/alpha-planner.mdx:12:12: The note assigns "tree-search" in "method" without a reason; this survey shows a one-line reason beside every tag, so each term needs one. (missing-reason)\n  hint: Add under "reasons": method: { tree-search: "Why the paper fits this term, in a few words." } (survey.yaml: notes.require_reasons).',
		);
		expect(of('alpha-planner').find((d) => d.rule === 'missing-reason')?.severity).toBe('error');
	});

	test('sections, length, summary, sources, avoided phrases and uncited papers are warnings, each placed and explained', () => {
		expect(report('gamma-hybrid')).toMatchInlineSnapshot(`
			"content/papers/gamma-hybrid.mdx:8:12: The note assigns "planning" in "method" without a reason; this survey shows a one-line reason beside every tag, so each term needs one. (missing-reason)
			  hint: Add under "reasons": method: { planning: "Why the paper fits this term, in a few words." } (survey.yaml: notes.require_reasons).
			content/papers/gamma-hybrid.mdx:1:1: warning: No chapter cites this paper, so a reader of the chapters never meets it. (uncited-paper)
			  hint: Cite it as [@gamma-hybrid] in the chapter (content/chapters/) that discusses its approach; a maintainer can also do it when merging (survey.yaml: notes.require_chapter_citation).
			content/papers/gamma-hybrid.mdx:2:1: warning: The note lists no "sources", so a reader cannot see where its facts were read. (missing-sources)
			  hint: Add "sources:" with at least one "- url: …" and "title: …", e.g. the arXiv listing or the official repository (survey.yaml: notes.require_sources).
			content/papers/gamma-hybrid.mdx:6:1: warning: The summary has 56 characters; summaries of this survey have at least 60, a sentence a reader can judge the paper by. (summary-length)
			  hint: Write one whole sentence on what the paper contributes (survey.yaml: notes.min_summary_length).
			content/papers/gamma-hybrid.mdx:47:1: warning: The note's sections (its "## " headings) differ from the ones every note of this survey has: missing "Method". (note-sections)
			  hint: Use these 2 headings, in this order: "## TL;DR", "## Method" (survey.yaml: notes.sections).
			content/papers/gamma-hybrid.mdx:47:1: warning: The note has 16 words of prose; notes of this survey have at least 40, enough to say what the paper does, how, and how well. (note-length)
			  hint: Say more in your own words in each section; code, tags and link addresses do not count (survey.yaml: notes.min_words)."
		`);
		expect(report('alpha-planner')).toContain(
			'warning: The note says "the word giraffe", which this survey\'s notes avoid: the survey is about planners, not animals. (avoided-phrase)',
		);
		const chapter = diagnostics.filter((diagnostic) => diagnostic.file === 'content/chapters/overview.mdx');
		expect(chapter.map((diagnostic) => [diagnostic.rule, diagnostic.severity])).toEqual([
			['chapter-length', 'warning'],
		]);
		for (const diagnostic of diagnostics)
			if (diagnostic.rule !== 'missing-reason' && EDITORIAL_RULES.includes(diagnostic.rule))
				expect(diagnostic.severity, diagnostic.rule).toBe('warning');
	});

	test('a note that follows every rule gets only the warning that no chapter cites it yet', () => {
		expect(of('epsilon-complete').map((diagnostic) => diagnostic.rule)).toEqual(['uncited-paper']);
	});

	test('a survey that turns no rule on gets none of these problems', () => {
		const { diagnostics: plain } = loadSurvey(fixture('tiny-survey'));
		expect(plain.filter((diagnostic) => EDITORIAL_RULES.includes(diagnostic.rule))).toEqual([]);
	});
});
