import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { atlas } from '../../src/integration/atlas';
import { writeSearchIndex } from '../../src/integration/pagefind';
import { loadPagefind, searchUrls } from '../helpers/pagefind-client';
import { repoRoot } from '../helpers/paths';
import { serveStatic } from '../helpers/serve-static';

// The Pagefind step on its own: a few hand-written pages stand in for a built site, so no Astro build is needed.
const page = (
	title: string,
	body: string,
	filters = '',
) => `<!doctype html><html lang="en"><head><title>${title}</title></head>
<body><header>Site chrome</header><main data-pagefind-body>${filters}<h1>${title}</h1><p>${body}</p></main></body></html>`;

const made: string[] = [];
function site(pages: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-pagefind-'));
	made.push(dir);
	for (const [path, html] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), html);
	}
	return dir;
}
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the Pagefind step', () => {
	test('indexes the pages of a built site, their bodies only, with their filters', async () => {
		const dir = site({
			'papers/alpha/index.html': page(
				'Alpha',
				'A planner that mentions the giraffe.',
				'<span data-pagefind-filter="method">planning</span>',
			),
			'papers/beta/index.html': page(
				'Beta',
				'A learner from demonstrations.',
				'<span data-pagefind-filter="method">learning</span>',
			),
			'about/index.html':
				'<!doctype html><html lang="en"><body><p>No body marker, so not indexed: giraffe.</p></body></html>',
		});
		// Pagefind reads every page and counts it; only marked bodies are searchable (checked below).
		expect(await writeSearchIndex(dir)).toEqual({ pageCount: 3 });
		expect(existsSync(join(dir, 'pagefind', 'pagefind.js'))).toBe(true);

		const server = await serveStatic(dir);
		try {
			const client = await loadPagefind(dir, `${server.origin}/pagefind/`);
			expect(await searchUrls(client, 'giraffe')).toEqual(['/papers/alpha/']);
			expect(await searchUrls(client, 'chrome')).toEqual([]);
			expect(await searchUrls(client, null, { method: 'learning' })).toEqual(['/papers/beta/']);
		} finally {
			await server.close();
		}
	});

	test('a folder without pages is an error, not a site without search', async () => {
		const dir = site({ 'notes.txt': 'no HTML here' });
		await expect(writeSearchIndex(dir)).rejects.toThrow(/Pagefind found no pages to index/);
	});

	test('the build removes its output when indexing fails, so nothing half-published is left', async () => {
		const dir = site({ 'notes.txt': 'no HTML here' });
		const done = atlas({ root: repoRoot }).hooks['astro:build:done'] as unknown as (options: {
			dir: URL;
			logger: { info: (message: string) => void };
		}) => Promise<void>;
		await expect(done({ dir: pathToFileURL(`${dir}/`), logger: { info: () => {} } })).rejects.toThrow();
		expect(existsSync(dir)).toBe(false);
	});
});
