import type { Browser } from 'playwright-core';
import { gzipSync } from 'node:zlib';

/** What one search in a fresh browser transferred. */
export interface SearchCost {
	query: string;
	results: string;
	msToResults: number;
	requests: number;
	totalRaw: number;
	totalGzip: number;
	searchRequests: number;
	searchRaw: number;
	searchGzip: number;
	/** Search requests by kind of Pagefind file (fragment, index, filter, meta, wasm, js…). */
	byKind: Record<string, { requests: number; raw: number; gzip: number }>;
	largest: { path: string; raw: number }[];
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg)/;

/** Opens /search/?q=`query` in a fresh context and sums what the page load and the search transferred. */
export async function measureSearch(browser: Browser, origin: string, query: string): Promise<SearchCost> {
	// The site's CSP forbids eval, and the probes below are JavaScript text; bypassing CSP changes no request.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	const responses: { path: string; raw: number; gzip: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const sizes = await request.sizes();
				const response = await request.response();
				const type = response?.headers()['content-type'] ?? '';
				const body =
					response && COMPRESSIBLE.test(type) ? await response.body().catch(() => undefined) : undefined;
				responses.push({
					path: new URL(request.url()).pathname,
					raw: sizes.responseBodySize,
					// A response served from the browser's cache transfers nothing, although its body can still be read.
					gzip: sizes.responseBodySize === 0 ? 0 : body ? gzipSync(body).length : sizes.responseBodySize,
				});
			})(),
		);
	});
	const started = performance.now();
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(
		`/results? for|unavailable/.test(document.querySelector('[data-search-status]')?.textContent ?? '')`,
		undefined,
		{ timeout: 120_000 },
	);
	const msToResults = performance.now() - started;
	const results = (await page.textContent('[data-search-status]'))?.trim() ?? '';
	if (results.includes('unavailable')) throw new Error(`Search failed in the browser: ${results}`);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	const search = responses.filter((response) => response.path.startsWith('/pagefind/'));
	const sum = (list: typeof responses, key: 'raw' | 'gzip') =>
		list.reduce((total, response) => total + response[key], 0);
	const byKind: SearchCost['byKind'] = {};
	for (const response of search) {
		const kind =
			/\.(pf_\w+)$/.exec(response.path)?.[1] ??
			(response.path.includes('wasm') ? 'wasm' : (/\.(\w+)$/.exec(response.path)?.[1] ?? 'other'));
		const entry = (byKind[kind] ??= { requests: 0, raw: 0, gzip: 0 });
		entry.requests++;
		entry.raw += response.raw;
		entry.gzip += response.gzip;
	}
	return {
		query,
		results,
		msToResults,
		requests: responses.length,
		totalRaw: sum(responses, 'raw'),
		totalGzip: sum(responses, 'gzip'),
		searchRequests: search.length,
		searchRaw: sum(search, 'raw'),
		searchGzip: sum(search, 'gzip'),
		byKind,
		largest: [...responses]
			.sort((a, b) => b.raw - a.raw)
			.slice(0, 5)
			.map(({ path, raw }) => ({ path, raw })),
	};
}
