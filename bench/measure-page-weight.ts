/**
 * Page weight as a first visit pays it: a page's HTML plus the stylesheets and scripts it loads up front (static
 * imports followed), each gzipped. Shared by `npm run bench` and the page-weight budget test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What one page weighs, gzipped, with the files counted. */
export interface PageWeight {
	page: string;
	path: string;
	htmlBytes: number;
	htmlGzip: number;
	cssGzip: number;
	jsGzip: number;
	totalGzip: number;
	files: string[];
}

// Stylesheets, scripts and module preloads a page loads up front; `import()` of Pagefind is lazy and left out.
function listReferences(html: string): string[] {
	const found: string[] = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		if (/\brel=["']?(?:stylesheet|modulepreload)\b/i.test(tag))
			found.push(/\bhref=["']?([^"' >]+)/i.exec(tag)?.[1] ?? '');
	}
	for (const match of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/gi)) found.push(match[1]!);
	return found.filter((reference) => reference && !/^[a-z]+:/i.test(reference));
}

// Static `import … from "./x.js"` and `export … from` statements load eagerly with the module.
function listStaticImports(source: string): string[] {
	return [...source.matchAll(/\b(?:import|export)\s*(?:[^"'();]*?\bfrom\s*)?["']([^"']+\.m?js)["']/g)].map(
		(match) => match[1]!,
	);
}

function resolveAsset(distDir: string, fromUrl: string, reference: string): { url: string; file: string } {
	const url = reference.startsWith('/') ? reference : posix.join(posix.dirname(fromUrl), reference);
	return { url, file: join(distDir, decodeURIComponent(url.split(/[?#]/)[0]!)) };
}

/** Weighs one page: its HTML and the CSS and JS it loads up front (static imports followed), each gzipped. */
export function measurePageWeight(
	distDir: string,
	page: string,
	htmlPath: string,
	options: { withJs?: boolean } = {},
): PageWeight {
	const html = readFileSync(join(distDir, htmlPath));
	const pageUrl = `/${htmlPath.replace(/index\.html$/, '')}`;
	const seen = new Set<string>();
	let cssGzip = 0;
	let jsGzip = 0;
	const queue = listReferences(html.toString('utf8')).map((reference) =>
		resolveAsset(distDir, pageUrl, reference),
	);
	while (queue.length > 0) {
		const { url, file } = queue.shift()!;
		if (seen.has(url) || !existsSync(file)) continue;
		const isJs = /\.m?js$/.test(url);
		if (isJs && options.withJs === false) continue;
		seen.add(url);
		const content = readFileSync(file);
		const size = gzipSync(content).length;
		if (isJs) {
			jsGzip += size;
			queue.push(
				...listStaticImports(content.toString('utf8')).map((reference) =>
					resolveAsset(distDir, url, reference),
				),
			);
		} else cssGzip += size;
	}
	const htmlGzip = gzipSync(html).length;
	return {
		page,
		path: pageUrl,
		htmlBytes: html.length,
		htmlGzip,
		cssGzip,
		jsGzip,
		totalGzip: htmlGzip + cssGzip + jsGzip,
		files: [...seen],
	};
}
