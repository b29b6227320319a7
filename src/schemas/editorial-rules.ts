import { z } from 'astro/zod';

/** A section every paper note has, with the prompt `npm run new` writes under its heading. */
export const NoteSectionSchema = z.strictObject({
	/** The level-2 heading exactly as notes write it, e.g. "Key results". */
	heading: z.string().trim().min(1),
	/** What to write in the section, shown in italics under the heading of a new note until it is replaced. */
	prompt: z.string().trim().min(1),
});

/** A phrase notes should not use, with the reason a contributor reads when a note does. */
export const AvoidedPhraseSchema = z.strictObject({
	/** The phrase, matched as whole words and ignoring case, in the note's prose (not in code or addresses). */
	phrase: z.string().trim().min(1),
	/** Why the survey avoids it and what to write instead, in one sentence. */
	reason: z.string().trim().min(1),
});

/**
 * The editorial rules `npm run check` applies to every paper note, beyond what the note schema requires. Each is off
 * unless the survey turns it on; CONTRIBUTING.md lists them with their severity.
 */
export const NoteRulesSchema = z.strictObject({
	/**
	 * The level-2 sections every note has, in this order; `npm run new` writes them with their prompts, and a note whose
	 * sections differ gets a warning. Defaults to none: no check, and new notes get a generic outline.
	 */
	sections: z.array(NoteSectionSchema).default([]),
	/** The fewest words of prose a note's body has; a shorter note gets a warning. Defaults to 0 (no minimum). */
	min_words: z.number().int().min(0).default(0),
	/** The fewest characters a note's `summary` has; a shorter one gets a warning. Defaults to 0 (no minimum). */
	min_summary_length: z.number().int().min(0).default(0),
	/** Every term a note assigns needs a one-line `reasons` entry; a term without one is an error. Defaults to false. */
	require_reasons: z.boolean().default(false),
	/** Every note lists at least one entry under `sources`; a note without any gets a warning. Defaults to false. */
	require_sources: z.boolean().default(false),
	/** Every paper is cited by at least one chapter; a paper none cites gets a warning. Defaults to false. */
	require_chapter_citation: z.boolean().default(false),
	/** Phrases notes should not use; each use gets a warning quoting the reason. Defaults to none. */
	avoid: z.array(AvoidedPhraseSchema).default([]),
});

/** The editorial rules `npm run check` applies to every chapter. Each is off unless the survey turns it on. */
export const ChapterRulesSchema = z.strictObject({
	/** The fewest words of prose a chapter's body has; a shorter chapter gets a warning. Defaults to 0 (no minimum). */
	min_words: z.number().int().min(0).default(0),
	/** Every chapter embeds at least one live view (`<PaperTable>`, `<Timeline>`…); one without gets a warning. */
	require_views: z.boolean().default(false),
});

export type NoteSection = z.output<typeof NoteSectionSchema>;
export type NoteRules = z.output<typeof NoteRulesSchema>;
export type ChapterRules = z.output<typeof ChapterRulesSchema>;
