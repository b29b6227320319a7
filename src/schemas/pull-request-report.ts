import { z } from 'astro/zod';
import { KebabIdSchema } from './ids.ts';

/** One note a pull request adds or changes, with the terms `npm run suggest` proposes that it lacks. */
export const PullRequestNoteSchema = z.strictObject({
	/** The note's path in the repository, e.g. `content/papers/openvla.mdx`. */
	file: z
		.string()
		.max(300)
		.regex(/^[\w./-]+\.mdx$/),
	/** Whether the pull request adds the note or changes one that exists on the base branch. */
	status: z.enum(['added', 'changed']),
	/** The note's title as its frontmatter gives it (empty when unreadable). */
	title: z.string().max(500),
	/** Facet id → the suggested terms (top three of the facet) the note does not list, best first. */
	missing: z.record(KebabIdSchema, z.array(KebabIdSchema).max(10)),
});

/**
 * `pull-request-notes/report.json`: what the pull-request workflow (read-only token) reports for the comment
 * workflow (write token) to post. It comes from a pull request's code, so the comment workflow trusts nothing in it
 * beyond this schema and checks the pull request's number against its head commit.
 */
export const PullRequestReportSchema = z.strictObject({
	/** The pull request's number. */
	pullRequest: z.number().int().positive(),
	/** The commit the workflow ran on: the pull request's head. */
	headSha: z.string().regex(/^[0-9a-f]{40}$/),
	/** The built site's artifact (upload-artifact's `artifact-url`), when the build got that far. */
	siteArtifact: z
		.string()
		.regex(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/actions\/runs\/\d+\/artifacts\/\d+$/)
		.optional(),
	/** The notes added or changed, by path. */
	notes: z.array(PullRequestNoteSchema).max(500),
});

export type PullRequestReport = z.output<typeof PullRequestReportSchema>;
export type PullRequestNote = z.output<typeof PullRequestNoteSchema>;
