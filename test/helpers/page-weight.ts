import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes a first visit to a page downloads: its HTML plus the stylesheets and scripts it references. */
export interface PageWeight {
	html: number;
	css: number;
	js: number;
	total: number;
}

const gzipped = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

/**
 * Measures a built page's weight from `siteDir`; Pagefind's own files, which load lazily on the search page only,
 * are not counted here.
 */
export function measurePageWeight(siteDir: string, page: string, base = '/'): PageWeight {
	const html = readFileSync(join(siteDir, page), 'utf8');
	const local = (url: string) => (url.startsWith(base) ? join(siteDir, url.slice(base.length)) : undefined);
	const assets = (pattern: RegExp) => [...new Set([...html.matchAll(pattern)].map((match) => match[1]!))].map(local).filter((path): path is string => path !== undefined);
	const css = assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g).reduce((sum, path) => sum + gzipped(path), 0);
	const js = assets(/<script[^>]+src="([^"]+)"/g).reduce((sum, path) => sum + gzipped(path), 0);
	const htmlBytes = gzipSync(html, { level: 9 }).length;
	return { html: htmlBytes, css, js, total: htmlBytes + css + js };
}
