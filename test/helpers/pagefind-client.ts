import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The subset of Pagefind's browser API the tests use. */
export interface PagefindClient {
	options: (options: Record<string, unknown>) => Promise<void>;
	filters: () => Promise<Record<string, Record<string, number>>>;
	search: (
		query: string | null,
		options?: Record<string, unknown>,
	) => Promise<{ results: { data: () => Promise<{ url: string; meta: Record<string, string> }> }[] }>;
}

/** Loads a built site's own Pagefind bundle in Node, fetching its index over HTTP from `bundleUrl`. */
export async function loadPagefind(siteDir: string, bundleUrl: string): Promise<PagefindClient> {
	const client = (await import(
		pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href
	)) as PagefindClient;
	await client.options({ basePath: bundleUrl });
	await client.filters();
	return client;
}

/** Runs a search and returns the result URLs, sorted. */
export async function searchUrls(
	client: PagefindClient,
	query: string | null,
	filters?: Record<string, unknown>,
): Promise<string[]> {
	const response = await client.search(query, filters ? { filters } : {});
	const data = await Promise.all(response.results.map((result) => result.data()));
	return data.map((entry) => new URL(entry.url, 'http://localhost').pathname).sort();
}
