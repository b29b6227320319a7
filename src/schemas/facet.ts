import { z } from 'astro/zod';
import { KebabIdSchema } from './ids.ts';

/** A tagging rule on a term: a paper with the term must also have one of some other terms. */
export const TermRequirementSchema = z.strictObject({
	/** Facet of the required terms; defaults to the term's own facet. */
	facet: KebabIdSchema.optional(),
	/** The paper needs at least one of these terms, or a sub-term of one, e.g. `[language, trajectory]`. */
	any_of: z.array(KebabIdSchema).min(1, { error: 'must list at least one term' }),
});

/** A tagging rule on a facet: it stays empty for papers whose terms in another facet are all among `only`. */
export const EmptyWhenSchema = z.strictObject({
	/** The facet whose terms decide, e.g. `contribution`. */
	facet: KebabIdSchema,
	/** When every term a paper has in `facet` is one of these (or a sub-term of one), this facet must stay empty. */
	only: z.array(KebabIdSchema).min(1, { error: 'must list at least one term' }),
});

/** A term removed without a successor; its old URL redirects to the facet page. */
export const RetiredTermSchema = z.strictObject({
	/** The removed term's id. */
	id: KebabIdSchema,
	/** Why it was removed and what to tag instead; shown to contributors whose notes still use it. */
	reason: z.string().trim().min(1),
});

/** One term of a facet: a node of the facet's term tree. */
export const TermSchema = z.strictObject({
	/** Kebab-case id, unique within its facet; it appears in URLs (`/taxonomy/<facet>/<id>/`), so it never changes. */
	id: KebabIdSchema,
	/** Human label in sentence case, e.g. "Diffusion or flow". */
	label: z.string().trim().min(1),
	/** One to three sentences a newcomer understands; shown to readers on the term page. */
	description: z.string().trim().min(1, { error: 'must not be empty' }),
	/** Where this term ends and its nearest neighbour begins, e.g. "Unlike `language`, …"; shown on term pages. */
	boundary: z.string().trim().min(1).optional(),
	/** Id of the parent term in the same facet; omit for a top-level term. */
	parent: KebabIdSchema.optional(),
	/** Other names readers may search for; used for search and "did you mean". */
	aliases: z.array(z.string().trim().min(1)).default([]),
	/** Old ids of this term, kept after a rename or merge: notes using them still build, with a warning. */
	redirect_from: z.array(KebabIdSchema).default([]),
	/** Tagging rules checked by `npm run check`: a paper with this term (or a sub-term) also needs one of these terms. */
	requires: z.array(TermRequirementSchema).default([]),
});

/** A facet: one dimension of the taxonomy, stored as `taxonomy/<id>.yaml`. */
export const FacetSchema = z.strictObject({
	/** Kebab-case id; must equal the file name without `.yaml`. */
	id: KebabIdSchema,
	/** Human label in sentence case, e.g. "Action tokenization". */
	label: z.string().trim().min(1),
	/** What the facet classifies, for a newcomer; shown on the facet page. */
	description: z.string().trim().min(1, { error: 'must not be empty' }),
	/** The tagging rule: what gets a term of this facet, and when the facet stays empty; shown on the facet page. */
	scope: z.string().trim().min(1).optional(),
	/** Tagging rules checked by `npm run check`: when this facet must stay empty, decided by another facet's terms. */
	empty_when: z.array(EmptyWhenSchema).default([]),
	/** Terms removed without a successor: notes still using one get an error with its reason. */
	retired: z.array(RetiredTermSchema).default([]),
	/** Whether a paper may take several terms of this facet (`true`) or at most one (`false`). */
	multiple: z.boolean(),
	/** Whether every paper must have at least one term of this facet. */
	required: z.boolean(),
	/** The terms, parents before or after children in any order. */
	terms: z.array(TermSchema).min(1, { error: 'a facet needs at least one term' }),
});

export type TermRequirement = z.output<typeof TermRequirementSchema>;
export type EmptyWhen = z.output<typeof EmptyWhenSchema>;
export type TermInput = z.input<typeof TermSchema>;
export type Term = z.output<typeof TermSchema>;
export type FacetInput = z.input<typeof FacetSchema>;
export type Facet = z.output<typeof FacetSchema>;
