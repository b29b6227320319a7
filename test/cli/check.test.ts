import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import type { FetchLike } from '../../src/survey/check-links';
import { cleanEnv } from '../helpers/build-survey';
import { fixture, repoRoot } from '../helpers/paths';
import { makeSurveyCase } from '../helpers/survey-case';

const made: string[] = [];
const servers: Server[] = [];
afterEach(async () => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
	for (const server of servers.splice(0)) {
		server.closeAllConnections();
		await new Promise((resolve) => server.close(resolve));
	}
});

/** Runs the check on a survey folder and returns its exit code, output and the addresses it requested. */
async function check(
	root: string,
	argv: string[],
	answer: (url: string, method: string) => number | 'network' = () => 200,
) {
	let output = '';
	const requested: string[] = [];
	const fetch: FetchLike = async (url, init) => {
		requested.push(`${init.method ?? 'GET'} ${url}`);
		const status = answer(url, init.method ?? 'GET');
		if (status === 'network')
			throw new TypeError('fetch failed', {
				cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
			});
		return new Response(null, { status });
	};
	const code = await runCheck({
		argv,
		env: { ATLAS_SURVEY: root },
		fetch,
		stdout: { write: (text: string) => (output += text) },
		linkOptions: { timeoutMs: 500 },
	});
	return { code, output, requested };
}

function git(cwd: string, ...args: string[]): string {
	return execFileSync(
		'git',
		['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', ...args],
		{ cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
	);
}

/** A committed copy of the tiny survey in its own git repository. */
function committedSurvey(): string {
	const root = mkdtempSync(join(tmpdir(), 'atlas-check-cli-'));
	made.push(root);
	cpSync(fixture('tiny-survey'), root, { recursive: true });
	git(root, 'init', '-q');
	git(root, 'add', '-A');
	git(root, 'commit', '-q', '-m', 'Survey');
	return root;
}

const tiny = fixture('tiny-survey');

describe('npm run check', () => {
	test('without --links it validates only, as before, and requests nothing', async () => {
		const { code, output, requested } = await check(tiny, []);
		expect(code).toBe(0);
		expect(output).toMatch(/Checked 4 papers, 1 chapters and 2 facets: no errors\. \(\d+\.\d\d s\)\n$/);
		expect(output).not.toContain('Links:');
		expect(requested).toEqual([]);
	});

	test("--links checks every note's links and passes when they answer", async () => {
		const { code, output, requested } = await check(tiny, ['--links']);
		expect(code).toBe(0);
		expect(output).toContain('Links: 2 checked, 0 broken (5 notes).');
		expect(requested).toEqual(['HEAD https://arxiv.org/abs/2403.00001', 'HEAD https://example.org/alpha']);
	});

	test('a broken link is reported at its place and fails the check', async () => {
		const { code, output } = await check(tiny, ['--links'], (url) =>
			url === 'https://example.org/alpha' ? 404 : 200,
		);
		expect(code).toBe(1);
		expect(output).toContain(
			'content/papers/alpha-planner.mdx:9:3: The link https://example.org/alpha in links.code answered 404 Not Found',
		);
		expect(output).toContain(
			"(broken-link)\n  hint: Check the address on the paper's page; if it moved, update it, and if it is gone, remove it.",
		);
		expect(output).toContain('Links: 2 checked, 1 broken (5 notes).');
	});

	test('without any network the link check is skipped, not failed', async () => {
		const { code, output } = await check(tiny, ['--links'], () => 'network');
		expect(code).toBe(0);
		expect(output).toContain('Links: skipped (no network)');
		expect(output).not.toContain('broken-link');
	});

	test('--since checks only the notes changed since the ref', async () => {
		const root = committedSurvey();
		const beta = join(root, 'content/papers/beta-learner.mdx');
		writeFileSync(beta, `${readFileSync(beta, 'utf8')}\nIts code: [repository](https://example.org/beta).\n`);
		const { code, output, requested } = await check(root, ['--links', '--since', 'HEAD']);
		expect(code).toBe(0);
		expect(requested).toEqual(['HEAD https://example.org/beta']);
		expect(output).toContain('Links: 1 checked, 0 broken (1 note changed since HEAD).');
	});

	test('a bad ref exits 2 with the bad-git-ref message, before any request', async () => {
		const root = committedSurvey();
		const { code, output, requested } = await check(root, ['--links', '--since', 'no-such-branch']);
		expect(code).toBe(2);
		expect(output).toContain(
			'error: The git ref "no-such-branch" given to --since cannot be compared with HEAD',
		);
		expect(output).toContain('(bad-git-ref)\n  hint: ');
		expect(requested).toEqual([]);
	});

	test('a wrong command line exits 2 with the usage', async () => {
		for (const argv of [['--link'], ['--since', 'main'], ['--links', 'extra']]) {
			const { code, output } = await check(tiny, argv);
			expect(code, argv.join(' ')).toBe(2);
			expect(output).toContain('Usage: npm run check [-- --links [--since <git-ref>]]');
		}
	});

	test('checks real HTTP answers from a local server end to end', async () => {
		const server = createServer((request, response) => {
			const status =
				request.url === '/missing'
					? 404
					: request.url === '/no-head' && request.method === 'HEAD'
						? 405
						: 200;
			response
				.writeHead(status, { 'content-type': 'text/html' })
				.end(request.method === 'HEAD' ? undefined : '<p>page</p>');
		});
		servers.push(server);
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

		const root = mkdtempSync(join(tmpdir(), 'atlas-check-e2e-'));
		made.push(root);
		cpSync(tiny, root, { recursive: true });
		const alpha = join(root, 'content/papers/alpha-planner.mdx');
		// No arXiv id: its derived address would leave this machine.
		const text = readFileSync(alpha, 'utf8')
			.replace(/^arxiv: .*\n/m, '')
			.replace('https://example.org/alpha', `${base}/ok`);
		writeFileSync(alpha, `${text}\nSee the [appendix](${base}/missing) and ${base}/no-head.\n`);

		let output = '';
		const requested: string[] = [];
		// Real fetch, guarded: the test never lets a request reach any other host.
		const localFetch: FetchLike = (url, init) => {
			requested.push(url);
			if (new URL(url).hostname !== '127.0.0.1')
				return Promise.reject(new Error(`refused to contact ${url}`));
			return fetch(url, init);
		};
		const code = await runCheck({
			argv: ['--links'],
			env: { ATLAS_SURVEY: root },
			fetch: localFetch,
			stdout: { write: (chunk: string) => (output += chunk) },
			linkOptions: { timeoutMs: 5000 },
		});
		expect(requested.every((url) => url.startsWith(base))).toBe(true);
		expect(code).toBe(1);
		expect(output).toContain(`The link ${base}/missing in the note's text answered 404 Not Found`);
		expect(output).toContain('Links: 3 checked, 1 broken (5 notes).');
	});

	test('runs as a script through tsx, as npm run check does, with its exit codes', async () => {
		const run = (...argv: string[]) =>
			new Promise<{ code: number; stdout: string }>((resolve) =>
				execFile(
					process.execPath,
					[join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'src/cli/check.ts', ...argv],
					{ cwd: repoRoot, env: cleanEnv({ ATLAS_SURVEY: tiny }) },
					(error, stdout) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout }),
				),
			);
		const plain = await run();
		expect(plain.stdout).toContain('Checked 4 papers, 1 chapters and 2 facets: no errors.');
		expect(plain.code).toBe(0);
		const badRef = await run('--links', '--since', 'no-such-branch-anywhere');
		expect(badRef.stdout).toContain('(bad-git-ref)');
		expect(badRef.code).toBe(2);
	});

	test('with ATLAS_SURVEY, names the survey, prints files from where it was typed and repeats the variable', async () => {
		const made = makeSurveyCase('invalid', 'unknown-term');
		try {
			const named = relative(repoRoot, made.dir);
			let output = '';
			const code = await runCheck({
				argv: [],
				env: { ATLAS_SURVEY: named, INIT_CWD: repoRoot },
				stdout: { write: (text: string) => (output += text) },
			});
			expect(code).toBe(1);
			expect(output).toMatch(new RegExp(`^Survey: ${named}/ \\(ATLAS_SURVEY\\)\n${named}/content/papers/`));
			expect(output).toContain(`fix them and run \`ATLAS_SURVEY=${named} npm run check\` again.`);
		} finally {
			made.remove();
		}
	});

	test('--help prints the usage and exits 0; an unknown option prints it and exits 2', async () => {
		let output = '';
		const help = await runCheck({ argv: ['--help'], stdout: { write: (text: string) => (output += text) } });
		expect(help).toBe(0);
		expect(output).toMatch(/^Usage: npm run check/);
		expect(output).not.toContain('Unknown option');
		output = '';
		const wrong = await runCheck({ argv: ['--lnks'], stdout: { write: (text: string) => (output += text) } });
		expect(wrong).toBe(2);
		expect(output).toContain("Unknown option '--lnks'");
	});
});
