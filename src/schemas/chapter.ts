import { z } from 'astro/zod';

/** Frontmatter of a survey chapter, `content/chapters/<slug>.mdx`. */
export const ChapterSchema = z.strictObject({
	/** Chapter title. */
	title: z.string().trim().min(1).max(200),
	/** Position in reading order, starting at 1; must be unique. */
	order: z.number().int().positive(),
	/** One sentence on what the chapter argues; shown in the table of contents. */
	summary: z.string().trim().min(1).max(400),
});

export type ChapterData = z.output<typeof ChapterSchema>;
