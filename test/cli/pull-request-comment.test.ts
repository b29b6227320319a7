import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { runCommentPullRequest, type GithubFetch } from '../../src/cli/comment-pull-request';
import { describeNotes } from '../../src/cli/describe-pull-request';
import { readClassifiedNote } from '../../src/cli/read-classified-notes';
import { readSurveyOutline } from '../../src/survey/read-survey-outline';
import { fixture } from '../helpers/paths';

// The recorded workflow_run event (see test/fixtures/github/README.md): run 289782451 of "Pull request" on 3484a3f.
const EVENT = fixture('github', 'workflow-run-pull-request.json');
const HEAD = '3484a3fb816e0859fd6e1cea078d76385ff50625';

let scratch: string;
beforeEach(() => {
	scratch = mkdtempSync(join(tmpdir(), 'atlas-pr-comment-'));
});
afterEach(() => rmSync(scratch, { recursive: true, force: true }));

/** A tiny GitHub: one pull request (#7, head `head`), its comments, and every request made. */
function fakeGithub(head = HEAD) {
	const comments: { id: number; body: string; user: { login: string } }[] = [
		{ id: 1, body: 'Looks good to me', user: { login: 'a-reviewer' } },
	];
	const requests: string[] = [];
	const fetch: GithubFetch = async (url, init) => {
		const path = url.replace('https://api.github.com/repos/octo-org/octo-repo', '');
		requests.push(`${init.method} ${path}`);
		expect(init.headers['authorization']).toBe('Bearer the-workflow-token');
		const answer = (status: number, data: unknown) => ({ status, json: async () => data });
		if (init.method === 'GET' && path === '/pulls/7') return answer(200, { number: 7, head: { sha: head } });
		if (init.method === 'GET' && path.startsWith('/issues/7/comments')) return answer(200, comments);
		const { body } = JSON.parse(init.body ?? '{}') as { body: string };
		if (init.method === 'POST' && path === '/issues/7/comments') {
			comments.push({ id: 100 + comments.length, body, user: { login: 'github-actions[bot]' } });
			return answer(201, {});
		}
		const edited = comments.find((comment) => path === `/issues/comments/${comment.id}`);
		if (init.method === 'PATCH' && edited) {
			edited.body = body;
			return answer(200, {});
		}
		return answer(404, {});
	};
	return { comments, requests, fetch };
}

/** Runs the comment step as pr-comment.yml does, on a report written to a file. */
async function comment(report: unknown, github: ReturnType<typeof fakeGithub>) {
	const file = join(scratch, 'report.json');
	writeFileSync(file, JSON.stringify(report));
	let output = '';
	const code = await runCommentPullRequest({
		argv: [file],
		env: {
			GITHUB_EVENT_PATH: EVENT,
			GITHUB_REPOSITORY: 'octo-org/octo-repo',
			GITHUB_TOKEN: 'the-workflow-token',
		},
		fetch: github.fetch,
		stdout: { write: (text: string) => (output += text) },
	});
	return { code, output };
}

const report = (notes: unknown[] = []) => ({
	pullRequest: 7,
	headSha: HEAD,
	siteArtifact: 'https://github.com/octo-org/octo-repo/actions/runs/289782451/artifacts/42',
	notes,
});
const note = {
	file: 'content/papers/new-policy.mdx',
	status: 'added',
	title: 'A <b>New</b> Policy',
	missing: { method: ['planning'], setting: [] },
};

test('posts one comment on the first run and updates that same comment on the next', async () => {
	const github = fakeGithub();
	expect(await comment(report([note]), github)).toEqual({
		code: 0,
		output: 'Posted the comment on pull request #7.\n',
	});
	expect(await comment(report([{ ...note, status: 'changed' }]), github)).toMatchObject({ code: 0 });
	const ours = github.comments.filter((each) => each.user.login === 'github-actions[bot]');
	expect(ours).toHaveLength(1);
	expect(github.requests.filter((request) => !request.startsWith('GET'))).toEqual([
		'POST /issues/7/comments',
		`PATCH /issues/comments/${ours[0]!.id}`,
	]);
	const body = ours[0]!.body;
	expect(body).toContain('- **changed** `content/papers/new-policy.mdx`: A \\<b\\>New\\</b\\> Policy');
	expect(body).toContain('  - method: `planning`');
	expect(body).not.toContain('setting:');
	expect(body).toContain(
		'[download the artifact](https://github.com/octo-org/octo-repo/actions/runs/289782451/artifacts/42)',
	);
});

test('refuses a report that names a pull request whose head is not the commit the run was for', async () => {
	const github = fakeGithub('0000000000000000000000000000000000000000');
	const result = await comment(report([note]), github);
	expect(result.code).toBe(1);
	expect(result.output).toContain('(pr-comment-head)');
	expect(github.requests).toEqual(['GET /pulls/7']);
});

test('refuses a report that breaks its schema, such as a link that is not an artifact of this run', async () => {
	const github = fakeGithub();
	const result = await comment({ ...report(), siteArtifact: 'https://evil.example/x' }, github);
	expect(result.code).toBe(1);
	expect(result.output).toContain('(pr-comment-report)');
	expect(github.requests).toEqual([]);
});

test('describes a note with the suggested terms it lacks, never one it already has', () => {
	const root = fixture('tiny-survey');
	const file = 'content/papers/alpha-planner.mdx';
	const [described] = describeNotes(root, [file], () => false);
	const outline = readSurveyOutline(root);
	if ('problem' in outline) throw new Error(outline.problem.message);
	const written = readClassifiedNote(join(root, file), root, outline.facets)!;
	expect(described).toMatchObject({ file, status: 'changed', title: written.title });
	expect(Object.keys(described!.missing).sort()).toEqual(outline.facets.map((facet) => facet.id).sort());
	for (const [facet, terms] of Object.entries(described!.missing)) {
		expect(terms.length).toBeLessThanOrEqual(3);
		for (const term of terms) expect(written.terms[facet]).not.toContain(term);
	}
});
