import { z } from 'astro/zod';

/**
 * One line of a labelled evaluation feed for `npm run triage -- --evaluate`: a real arXiv paper as its arXiv page
 * shows it, and whether the survey should list it. The title and abstract are arXiv's metadata, copied as written.
 */
export const LabelledPaperSchema = z.strictObject({
	/** arXiv id without version, e.g. `2404.09170`. */
	arxiv: z
		.string()
		.regex(/^\d{4}\.\d{4,5}$/, { error: 'must be a new-style arXiv id without version, e.g. "2404.09170"' }),
	/** The version of the page the text was copied from, e.g. `v2`, when its address shows one. */
	version: z
		.string()
		.regex(/^v\d+$/)
		.optional(),
	/** The arXiv page the title and abstract were copied from (arxiv.org, or arXiv's own ar5iv or export hosts). */
	url: z.url({ protocol: /^https?$/, hostname: /^(?:[a-z0-9-]+\.)*arxiv\.org$/ }),
	/** The paper's title, as arXiv gives it. */
	title: z.string().trim().min(1),
	/** The abstract, as arXiv gives it (or as much of it as the saved page holds; see `truncated`). */
	abstract: z.string().trim().min(1),
	/** True when the saved page cut the abstract short. */
	truncated: z.boolean().optional(),
	/** `in`: the survey should list it; `out`: it should not. */
	label: z.enum(['in', 'out']),
	/** `hard-negative`: out of scope although it speaks of agents, plans or video; `in` and `out` otherwise. */
	kind: z.enum(['in', 'out', 'hard-negative']),
	/** A few words on the paper's subject, for readers of the feed. */
	topic: z.string().trim().min(1),
});

export type LabelledPaper = z.output<typeof LabelledPaperSchema>;
