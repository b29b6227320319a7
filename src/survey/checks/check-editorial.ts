import { editorialProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import { countWords, listSections, proseOf } from '../../lib/notes/note-prose.ts';
import type { ParsedNote } from '../../lib/notes/parse-note.ts';
import { currentTermId, type TaxonomyIndex } from '../../lib/taxonomy/taxonomy-index.ts';
import type { ChapterRules, NoteRules } from '../../schemas/editorial-rules.ts';
import type { Facet } from '../../schemas/facet.ts';
import type { PaperData } from '../../schemas/paper.ts';
import type { BodyProblem } from './check-note-body.ts';

/**
 * Checks a paper's frontmatter against the editorial rules the survey turned on: a reason for every term (an error),
 * a summary long enough and at least one source (warnings).
 */
export function checkNoteFields(data: PaperData, index: TaxonomyIndex, rules: NoteRules): LocatedProblem[] {
	const found: LocatedProblem[] = [];
	if (rules.require_reasons)
		for (const [facet, written] of Object.entries(data.taxonomy)) {
			const reasons = data.reasons[facet] ?? {};
			written.forEach((term, position) => {
				// A renamed term's reason may be under its old id or its new one.
				const renamed = currentTermId(index.byId.get(facet), term);
				if (!reasons[term] && !(renamed !== undefined && reasons[renamed]))
					found.push({
						problem: editorialProblems.missingReason(facet, term),
						path: ['taxonomy', facet, position],
					});
			});
		}
	if (data.summary.length < rules.min_summary_length)
		found.push({
			problem: editorialProblems.summaryTooShort(data.summary.length, rules.min_summary_length),
			path: ['summary'],
		});
	if (rules.require_sources && data.sources.length === 0)
		found.push({ problem: editorialProblems.missingSources(), path: ['title'] });
	return found;
}

/** Checks a paper's body against the survey's editorial rules: its sections, its length and the phrases it avoids. */
export function checkNoteProse(note: ParsedNote, rules: NoteRules): BodyProblem[] {
	const found: BodyProblem[] = [];
	const start = { line: note.bodyLine, column: 1 };
	const expected = rules.sections.map((section) => section.heading);
	const sections = listSections(note.tree);
	const headings = sections.map((section) => section.text);
	if (expected.length > 0 && headings.join('\n') !== expected.join('\n')) {
		// The first heading that differs is where the contributor starts fixing.
		const first = sections.find((section, index) => section.text !== expected[index]);
		found.push({
			problem: editorialProblems.noteSections(headings, expected),
			...(first ? { line: first.line + note.bodyLine - 1, column: 1 } : start),
		});
	}
	const prose = proseOf(note.tree);
	const words = countWords(prose);
	if (words < rules.min_words)
		found.push({ problem: editorialProblems.noteTooShort(words, rules.min_words), ...start });
	for (const { phrase, reason } of rules.avoid)
		if (containsPhrase(prose, phrase))
			found.push({ problem: editorialProblems.avoidedPhrase(phrase, reason), ...start });
	return found;
}

/** Checks a chapter's body against the survey's editorial rules for chapters: its length and its live views. */
export function checkChapterProse(note: ParsedNote, rules: ChapterRules): BodyProblem[] {
	const start = { line: note.bodyLine, column: 1 };
	const words = countWords(proseOf(note.tree));
	return [
		...(words < rules.min_words
			? [{ problem: editorialProblems.chapterTooShort(words, rules.min_words), ...start }]
			: []),
		...(rules.require_views && note.components.length === 0
			? [{ problem: editorialProblems.chapterWithoutViews(), ...start }]
			: []),
	];
}

/** The slugs of the papers no chapter cites, in the order given. */
export function findUncitedPapers(
	papers: readonly { slug: string }[],
	chapters: readonly { outline: { citations: readonly { key: string }[] } }[],
): string[] {
	const cited = new Set(
		chapters.flatMap((chapter) => chapter.outline.citations.map((citation) => citation.key)),
	);
	return papers.map((paper) => paper.slug).filter((slug) => !cited.has(slug));
}

/** Warns about term definitions longer than three sentences, the most a newcomer reads as one definition. */
export function checkTermDefinitions(facet: Facet): LocatedProblem[] {
	return facet.terms.flatMap((term, index) => {
		const sentences = term.description.trim().split(/(?<=[.!?])\s+/).length;
		return sentences > 3
			? [
					{
						problem: editorialProblems.longTermDefinition(facet.id, term.id, sentences),
						path: ['terms', index, 'description'],
					},
				]
			: [];
	});
}

// Whole words, ignoring case: "the abstract" is found in "The abstract says", not in "the abstraction".
function containsPhrase(prose: string, phrase: string): boolean {
	const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
	return new RegExp(`(?<![\\w])${escaped}(?![\\w])`, 'iu').test(prose);
}
