/**
 * The GitHub workflows: valid by GitHub's schema as a maintained validator reads it (@action-validator/cli, pinned in
 * package.json), and, for this project, which commands each runs and which permissions it grants. How a step is
 * spelled is the validator's business, not these tests'.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { outputRoot, repoRoot } from '../helpers/paths';

const workflowsDir = join(repoRoot, '.github', 'workflows');
const workflowFiles = readdirSync(workflowsDir).filter((file) => /\.ya?ml$/.test(file));
const validatorCli = join(repoRoot, 'node_modules', '@action-validator', 'cli', 'cli.mjs');

/** Runs the validator on a file: its exit code and report. */
function validate(file: string): { code: number; report: string } {
	try {
		execFileSync(process.execPath, [validatorCli, file], { encoding: 'utf8', stdio: 'pipe' });
		return { code: 0, report: '' };
	} catch (error) {
		const failed = error as { status?: number; stdout?: string; stderr?: string };
		return { code: failed.status ?? 1, report: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
	}
}

/** The parts of a workflow these tests look at. */
interface Workflow {
	on?: Record<string, unknown>;
	permissions?: Record<string, string> | string;
	jobs?: Record<string, { permissions?: Record<string, string> | string; steps?: { run?: string }[] }>;
}
const readWorkflow = (file: string) => parse(readFileSync(join(workflowsDir, file), 'utf8')) as Workflow;

/** The shell commands a workflow runs, in order: each `run` split at new lines and `&&`. */
const listCommands = (workflow: Workflow) =>
	Object.values(workflow.jobs ?? {})
		.flatMap((job) => job.steps ?? [])
		.flatMap((step) => (step.run ?? '').split(/\r?\n|&&/))
		.map((command) => command.trim())
		.filter(Boolean);

/** Every permission a workflow grants: its own, and any job's that adds to them. */
const listPermissions = (workflow: Workflow) => ({
	workflow: workflow.permissions,
	...Object.fromEntries(
		Object.entries(workflow.jobs ?? {}).flatMap(([id, job]) =>
			job.permissions === undefined ? [] : [[`job ${id}`, job.permissions]],
		),
	),
});

/** Whether `expected` appear in `commands` in this order (other commands may come between). */
const inOrder = (commands: string[], expected: string[]) => {
	let from = 0;
	for (const command of expected) {
		const at = commands.indexOf(command, from);
		if (at < 0) return false;
		from = at + 1;
	}
	return true;
};

describe('every workflow', () => {
	test.each(workflowFiles)('%s passes the validator', (file) => {
		expect(validate(join(workflowsDir, file))).toEqual({ code: 0, report: '' });
	});

	test('the validator does reject a workflow GitHub would refuse (a misspelt key)', () => {
		mkdirSync(outputRoot, { recursive: true });
		const broken = join(outputRoot, 'broken-workflow.yml');
		writeFileSync(
			broken,
			'name: Broken\non: pull_request\njobs:\n  check:\n    runs-on: ubuntu-latest\n    step:\n      - run: npm test\n',
		);
		const { code, report } = validate(broken);
		expect(code).toBe(1);
		expect(report).toContain("Additional property 'step' is not allowed");
	});

	test('none runs on pull_request_target, which would hand a pull request a write token', () => {
		for (const file of workflowFiles)
			expect(Object.keys(readWorkflow(file).on ?? {}), file).not.toContain('pull_request_target');
	});
});

describe('what each workflow runs and may do', () => {
	test('pull requests: read-only; checks, format, lint, duplicated code, types, tests, build, then links of changed notes', () => {
		const pr = readWorkflow('pr.yml');
		expect(Object.keys(pr.on ?? {})).toEqual(['pull_request']);
		expect(listPermissions(pr)).toEqual({ workflow: { contents: 'read' } });
		const commands = listCommands(pr);
		expect(
			inOrder(commands, [
				'npm ci',
				'npm run check',
				'npm run format:check',
				'npm run lint',
				'npm run dupes',
				'npm run typecheck',
				'npm test',
				'npm run build',
				'npm run check -- --links --since origin/${{ github.base_ref }}',
			]),
			commands.join('\n'),
		).toBe(true);
		// The report the comment workflow posts; this run only uploads it.
		expect(commands.some((command) => command.startsWith('node src/cli/describe-pull-request.ts'))).toBe(
			true,
		);
	});

	test("the pull-request comment: after that run, may write pull requests and read its artifact, and runs only this repository's code", () => {
		const comment = readWorkflow('pr-comment.yml');
		expect(comment.on).toEqual({ workflow_run: { workflows: ['Pull request'], types: ['completed'] } });
		expect(listPermissions(comment)).toEqual({
			workflow: { contents: 'read', actions: 'read', 'pull-requests': 'write' },
		});
		expect(listCommands(comment)).toEqual([
			'npm ci --ignore-scripts',
			'node src/cli/comment-pull-request.ts pull-request-notes/report.json',
		]);
		// A checkout of the pull request's head here would run its code with the write token.
		const text = readFileSync(join(workflowsDir, 'pr-comment.yml'), 'utf8');
		expect(text).not.toMatch(/ref:|head_sha|head_branch|pull_request\.head/);
	});

	test('deploy: builds (site, search index and PDF) and may write Pages with an OIDC token, nothing else', () => {
		const deploy = readWorkflow('deploy.yml');
		expect(listPermissions(deploy)).toEqual({
			workflow: { contents: 'read', pages: 'write', 'id-token': 'write' },
		});
		expect(inOrder(listCommands(deploy), ['npm ci', 'npm run build'])).toBe(true);
	});

	test('weekly triage: on a schedule, may only write issues, and runs npm run triage into one issue a week', () => {
		const triage = readWorkflow('triage.yml');
		expect(Object.keys(triage.on ?? {})).toEqual(['schedule', 'workflow_dispatch']);
		expect(listPermissions(triage)).toEqual({ workflow: { contents: 'read', issues: 'write' } });
		const commands = listCommands(triage);
		expect(inOrder(commands, ['npm ci', 'npm run --silent triage > triage.md'])).toBe(true);
		expect(commands.some((command) => command.startsWith('gh issue edit'))).toBe(true);
		expect(readFileSync(join(workflowsDir, 'triage.yml'), 'utf8')).not.toMatch(/secrets\./);
	});

	test('release: on a version tag, may write contents to attach the snapshot to a GitHub Release', () => {
		const release = readWorkflow('release.yml');
		expect(release.on).toEqual({ push: { tags: ['v*.*.*'] } });
		expect(listPermissions(release)).toEqual({ workflow: { contents: 'write' } });
		expect(listCommands(release).some((command) => command.startsWith('gh release create'))).toBe(true);
	});
});
