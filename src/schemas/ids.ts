import { z } from 'astro/zod';

/** Matches a kebab-case id such as `raw-action` or `being-h0-5`. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A kebab-case identifier used for facets, terms, papers and benchmarks. */
export const KebabIdSchema = z.string().regex(KEBAB_ID, {
	error: 'must be kebab-case: lower-case letters, digits and single hyphens, e.g. "raw-action"',
});
