/**
 * The comment workflow's step (.github/workflows/pr-comment.yml): posts, or updates, the one comment on a pull request
 * from the report its "Pull request" run uploaded. It runs this repository's own code with a write token and never the
 * pull request's: the report is data, parsed by its schema, and the pull request it names must have the run's commit
 * as its head. Works for pull requests from forks, whose own run has only a read-only token.
 *
 * `node src/cli/comment-pull-request.ts <report.json>`, with GITHUB_EVENT_PATH (the workflow_run event),
 * GITHUB_REPOSITORY, GITHUB_TOKEN and optionally GITHUB_API_URL set as in a GitHub workflow.
 */
import { readFileSync } from 'node:fs';
import { formatProblem } from '../errors/diagnostic.ts';
import { pullRequestCommentProblems, type Problem } from '../errors/catalogue.ts';
import { formatPullRequestComment, PULL_REQUEST_COMMENT_MARKER } from './format-pull-request-comment.ts';
import { PullRequestReportSchema } from '../schemas/pull-request-report.ts';
import { isRunDirectly } from './is-run-directly.ts';

/** The `fetch` this command needs; tests pass a recorder. */
export type GithubFetch = (
	url: string,
	init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<{ status: number; json: () => Promise<unknown> }>;

/** What the command takes from the outside world. */
export interface CommentEnvironment {
	argv?: readonly string[];
	env?: NodeJS.ProcessEnv;
	fetch?: GithubFetch;
	stdout?: { write: (text: string) => unknown };
}

/** The parts of the workflow_run event this command reads. */
interface WorkflowRunEvent {
	workflow_run?: { event?: string; head_sha?: string };
}

/** Posts or updates the comment; returns 0 (posted, or nothing to do) or 1 (refused or failed). */
export async function runCommentPullRequest({
	argv = process.argv.slice(2),
	env = process.env,
	fetch = globalThis.fetch,
	stdout = process.stdout,
}: CommentEnvironment = {}): Promise<number> {
	const fail = (problem: Problem) => {
		stdout.write(`${formatProblem(problem)}\n`);
		return 1;
	};
	const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as WorkflowRunEvent;
	const run = event.workflow_run;
	if (run?.event !== 'pull_request' || !run.head_sha) {
		stdout.write('The run was not for a pull request; there is nothing to comment on.\n');
		return 0;
	}
	let raw: unknown;
	try {
		raw = JSON.parse(readFileSync(argv[0] ?? '', 'utf8'));
	} catch (error) {
		return fail(pullRequestCommentProblems.badReport((error as Error).message));
	}
	const parsed = PullRequestReportSchema.safeParse(raw);
	if (!parsed.success)
		return fail(pullRequestCommentProblems.badReport(parsed.error.issues[0]?.message ?? 'invalid'));
	const report = parsed.data;
	if (report.headSha !== run.head_sha)
		return fail(pullRequestCommentProblems.notThisPullRequest(report.pullRequest, run.head_sha));

	const api = `${env.GITHUB_API_URL ?? 'https://api.github.com'}/repos/${env.GITHUB_REPOSITORY ?? ''}`;
	const headers = {
		accept: 'application/vnd.github+json',
		authorization: `Bearer ${env.GITHUB_TOKEN ?? ''}`,
		'x-github-api-version': '2022-11-28',
	};
	const call = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${api}${path}`, {
			method,
			headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
			...(body !== undefined && { body: JSON.stringify(body) }),
		});
		return { status: response.status, data: response.status < 300 ? await response.json() : undefined };
	};

	const pull = await call('GET', `/pulls/${report.pullRequest}`);
	if (pull.status !== 200)
		return fail(pullRequestCommentProblems.githubRefused('read the pull request', pull.status));
	if ((pull.data as { head?: { sha?: string } }).head?.sha !== run.head_sha)
		return fail(pullRequestCommentProblems.notThisPullRequest(report.pullRequest, run.head_sha));

	let existing: number | undefined;
	for (let page = 1; existing === undefined; page += 1) {
		const listed = await call('GET', `/issues/${report.pullRequest}/comments?per_page=100&page=${page}`);
		if (listed.status !== 200)
			return fail(pullRequestCommentProblems.githubRefused('list the comments', listed.status));
		const comments = listed.data as { id: number; body?: string; user?: { login?: string } }[];
		existing = comments.find(
			(comment) =>
				comment.user?.login === 'github-actions[bot]' &&
				comment.body?.startsWith(PULL_REQUEST_COMMENT_MARKER),
		)?.id;
		if (comments.length < 100) break;
	}
	const body = { body: formatPullRequestComment(report) };
	const written =
		existing === undefined
			? await call('POST', `/issues/${report.pullRequest}/comments`, body)
			: await call('PATCH', `/issues/comments/${existing}`, body);
	if (written.status >= 300)
		return fail(pullRequestCommentProblems.githubRefused('write the comment', written.status));
	stdout.write(
		`${existing === undefined ? 'Posted' : 'Updated'} the comment on pull request #${report.pullRequest}.\n`,
	);
	return 0;
}

if (isRunDirectly(import.meta.url))
	void runCommentPullRequest().then((code) => {
		process.exitCode = code;
	});
