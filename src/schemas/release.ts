import { z } from 'astro/zod';
import { KebabIdSchema } from './ids.ts';
import { FullDateSchema } from './partial-date.ts';

/** A paper named in a release's changes. */
export const ReleasePaperSchema = z.strictObject({
	/** The paper's slug. */
	slug: KebabIdSchema,
	/** Its short name at release time. */
	name: z.string().min(1),
});

/** `releases/<version>/release.json`: one published version of the survey, written by `npm run release`. */
export const ReleaseSchema = z.strictObject({
	/** The version, `MAJOR.MINOR.PATCH`. */
	version: z.string().regex(/^\d+\.\d+\.\d+$/),
	/** The release date, `YYYY-MM-DD`. */
	date: FullDateSchema,
	/** The git tag the release was made from, e.g. `v0.2.0`. */
	tag: z.string().min(1),
	/** How big the survey was. */
	counts: z.strictObject({
		/** Papers in the survey. */
		papers: z.number().int().min(0),
		/** Chapters in the survey. */
		chapters: z.number().int().min(0),
	}),
	/** What changed since the previous release. */
	changes: z.strictObject({
		/** Papers that joined the survey. */
		added: z.array(ReleasePaperSchema),
		/** Papers whose terms changed. */
		retagged: z.array(ReleasePaperSchema),
		/** Papers whose metadata or note was corrected otherwise. */
		corrected: z.array(ReleasePaperSchema),
		/** Papers removed from the survey. */
		removed: z.array(ReleasePaperSchema).default([]),
	}),
	/** The snapshot's file names in the release folder, e.g. `papers.json`. */
	files: z.array(z.string().regex(/^[\w.-]+$/)),
});

export type Release = z.output<typeof ReleaseSchema>;
