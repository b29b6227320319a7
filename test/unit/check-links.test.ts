import { describe, expect, test } from 'vitest';
import type { ExtractedLink } from '../../src/lib/notes/extract-links';
import { checkLinks, type FetchLike } from '../../src/survey/check-links';

const target = (url: string, field = 'links.code', line = 9): ExtractedLink => ({
	url,
	file: 'content/papers/alpha-planner.mdx',
	line,
	column: 3,
	field,
});

/** A fake fetch answering from a table of `METHOD url` → status or failure, recording every request. */
function fakeFetch(answers: Record<string, (number | 'network' | 'hang')[] | number | 'network' | 'hang'>) {
	const calls: string[] = [];
	const fetch: FetchLike = async (url, init) => {
		const key = `${init.method ?? 'GET'} ${url}`;
		const previous = calls.filter((call) => call === key).length;
		calls.push(key);
		const planned = answers[key] ?? answers[url] ?? 200;
		const answer = Array.isArray(planned) ? planned[Math.min(previous, planned.length - 1)]! : planned;
		if (answer === 'network')
			throw new TypeError('fetch failed', {
				cause: Object.assign(new Error('getaddrinfo ENOTFOUND example.org'), { code: 'ENOTFOUND' }),
			});
		if (answer === 'hang') {
			// Like a server that never answers: only the checker's abort ends the request.
			return new Promise<Response>((_, reject) =>
				init.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
			);
		}
		return new Response(null, { status: answer });
	};
	return { fetch, calls };
}

describe('checkLinks', () => {
	test('an address answering 200 to HEAD is ok', async () => {
		const { fetch, calls } = fakeFetch({ 'https://example.org/ok': 200 });
		const report = await checkLinks([target('https://example.org/ok')], { fetch });
		expect(report).toMatchObject({ checked: 1, broken: 0, unreachable: 0, diagnostics: [] });
		expect(report.skipped).toBeUndefined();
		expect(report.results[0]?.outcome).toEqual({ status: 'ok', code: 200 });
		expect(calls).toEqual(['HEAD https://example.org/ok']);
	});

	test('a 404 is a broken-link error placed where the address is written', async () => {
		const { fetch } = fakeFetch({ 'https://example.org/gone': 404, 'https://example.org/ok': 200 });
		const report = await checkLinks(
			[target('https://example.org/gone'), target('https://example.org/ok', 'body', 20)],
			{ fetch },
		);
		expect(report).toMatchObject({ checked: 2, broken: 1 });
		expect(report.diagnostics).toEqual([
			expect.objectContaining({
				file: 'content/papers/alpha-planner.mdx',
				line: 9,
				column: 3,
				rule: 'broken-link',
				severity: 'error',
			}),
		]);
		expect(report.diagnostics[0]?.message).toContain(
			'The link https://example.org/gone in links.code answered 404 Not Found',
		);
		expect(report.diagnostics[0]?.hint).toContain("Check the address on the paper's page");
	});

	test('a HEAD refused with 405 is retried as GET, and the GET answer counts', async () => {
		const { fetch, calls } = fakeFetch({
			'HEAD https://example.org/page': 405,
			'GET https://example.org/page': 200,
		});
		const report = await checkLinks([target('https://example.org/page')], { fetch });
		expect(report.results[0]?.outcome).toEqual({ status: 'ok', code: 200 });
		expect(calls).toEqual(['HEAD https://example.org/page', 'GET https://example.org/page']);
	});

	test('a timeout is retried once, and an answer on the retry is ok', async () => {
		const { fetch, calls } = fakeFetch({ 'HEAD https://example.org/slow': ['hang', 200] });
		const report = await checkLinks([target('https://example.org/slow')], { fetch, timeoutMs: 50 });
		expect(report.results[0]?.outcome).toEqual({ status: 'ok', code: 200 });
		expect(calls).toEqual(['HEAD https://example.org/slow', 'HEAD https://example.org/slow']);
	});

	test('the timeout holds even against a fetch that ignores its abort signal', async () => {
		const fetch: FetchLike = () => new Promise<Response>(() => undefined);
		const report = await checkLinks([target('https://example.org/deaf')], {
			fetch,
			timeoutMs: 20,
			retries: 0,
		});
		expect(report.skipped).toBe('no network');
	});

	test('an address with no answer after its retry is an unreachable-link warning when others answer', async () => {
		const { fetch, calls } = fakeFetch({ 'https://example.org/down': 'hang', 'https://example.org/ok': 200 });
		const report = await checkLinks([target('https://example.org/down'), target('https://example.org/ok')], {
			fetch,
			timeoutMs: 30,
		});
		expect(calls.filter((call) => call.endsWith('/down'))).toHaveLength(2);
		expect(report).toMatchObject({ checked: 2, broken: 0, unreachable: 1 });
		expect(report.diagnostics).toEqual([
			expect.objectContaining({ rule: 'unreachable-link', severity: 'warning' }),
		]);
		expect(report.diagnostics[0]?.message).toContain('no answer within 0.03 s (2 attempts)');
	});

	test('when every request fails at the network level, the check is skipped, not failed', async () => {
		const { fetch, calls } = fakeFetch({
			'https://example.org/a': 'network',
			'https://example.org/b': 'network',
		});
		const report = await checkLinks([target('https://example.org/a'), target('https://example.org/b')], {
			fetch,
		});
		expect(report).toMatchObject({ skipped: 'no network', broken: 0, diagnostics: [] });
		expect(report.results.map((result) => result.outcome)).toEqual([
			{ status: 'unreachable', reason: 'the host name does not resolve (2 attempts)', network: true },
			{ status: 'unreachable', reason: 'the host name does not resolve (2 attempts)', network: true },
		]);
		expect(calls).toHaveLength(4);
	});

	test('offline, it gives up after the first few addresses, within the offline time, not every timeout', async () => {
		const fetch: FetchLike = () => new Promise<Response>(() => undefined);
		const urls = Array.from({ length: 30 }, (_, index) => `https://example.org/${index}`);
		const started = performance.now();
		const report = await checkLinks(
			urls.map((url) => target(url)),
			{ fetch, timeoutMs: 10_000, offlineAfterMs: 200 },
		);
		expect(performance.now() - started).toBeLessThan(2000);
		expect(report).toMatchObject({ skipped: 'no network', checked: 3, broken: 0 });
	});

	test('a 429 is never called broken, and a 429 answer means the network works', async () => {
		const { fetch } = fakeFetch({ 'https://example.org/busy': 429, 'https://example.org/down': 'network' });
		const report = await checkLinks(
			[target('https://example.org/busy'), target('https://example.org/down')],
			{ fetch },
		);
		expect(report).toMatchObject({ broken: 0, unreachable: 2 });
		expect(report.skipped).toBeUndefined();
		expect(report.diagnostics.every((diagnostic) => diagnostic.rule === 'unreachable-link')).toBe(true);
	});

	test('requests each address once, reports it at every place, and keeps to the concurrency limit', async () => {
		let inFlight = 0;
		let most = 0;
		const requested: string[] = [];
		const fetch: FetchLike = async (url) => {
			requested.push(url);
			inFlight++;
			most = Math.max(most, inFlight);
			await new Promise((resolve) => setTimeout(resolve, 5));
			inFlight--;
			return new Response(null, { status: url.endsWith('/1') ? 410 : 200 });
		};
		const targets = Array.from({ length: 10 }, (_, index) => target(`https://example.org/${index}`));
		const repeated = {
			...target('https://example.org/1', 'body', 30),
			file: 'content/chapters/overview.mdx',
		};
		const report = await checkLinks([...targets, repeated], { fetch, concurrency: 3 });
		expect(requested).toHaveLength(10);
		expect(most).toBeLessThanOrEqual(3);
		expect(report).toMatchObject({ checked: 10, broken: 1 });
		expect(report.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line}`)).toEqual([
			'content/papers/alpha-planner.mdx:9',
			'content/chapters/overview.mdx:30',
		]);
		expect(report.diagnostics[1]?.message).toContain("in the note's text answered 410 Gone");
	});

	test('no addresses means nothing checked and nothing skipped', async () => {
		const report = await checkLinks([], { fetch: () => Promise.reject(new Error('not called')) });
		expect(report).toMatchObject({ checked: 0, broken: 0, results: [], diagnostics: [] });
		expect(report.skipped).toBeUndefined();
	});
});
