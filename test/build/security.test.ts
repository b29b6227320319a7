import { beforeAll, describe, expect, test } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/content-security-policy';
import { isExternalHref } from '../../src/markdown/external-links';
import { readPage, readSiteAddress, type PageElement } from '../helpers/parse-html';
import { repoRoot } from '../helpers/paths';
import { getRealSiteDir, listHtmlFiles } from '../helpers/site-files';

/** Script types that hold data, not code: the browser never runs them. */
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
/** Elements whose `src`/`href` makes the browser fetch something (a `<link>` may preload, prefetch or style). */
const FETCHING_ELEMENTS = new Set([
	'script',
	'link',
	'img',
	'iframe',
	'frame',
	'embed',
	'object',
	'source',
	'audio',
	'video',
	'track',
	'input',
	'image',
	'use',
]);

let siteDir: string;
let pages: { file: string; elements: PageElement[] }[];
const { origin } = readSiteAddress(repoRoot);

beforeAll(async () => {
	siteDir = getRealSiteDir();
	pages = listHtmlFiles(siteDir).map((file) => ({ file, elements: readPage(siteDir, file) }));
});

/** Runs `find` over every element of every page and collects `page: problem` lines. */
const collect = (find: (element: PageElement) => string | undefined) =>
	pages.flatMap(({ file, elements }) =>
		elements
			.map(find)
			.filter((problem): problem is string => problem !== undefined)
			.map((problem) => `${file}: ${problem}`),
	);

describe('security of the built real survey', () => {
	test('the policy itself allows no inline or eval’d script', () => {
		const scriptSources = /script-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)?.[1] ?? '';
		expect(scriptSources.split(' ').sort()).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|'unsafe-eval'|\*/);
		expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
	});

	test('every page carries the Content-Security-Policy first in its head, before anything it could govern', () => {
		expect(pages.length).toBeGreaterThan(50);
		const problems = pages.flatMap(({ file, elements }) => {
			const index = elements.findIndex(
				(element) =>
					element.tag === 'meta' &&
					element.attributes['http-equiv']?.toLowerCase() === 'content-security-policy',
			);
			const policy = elements[index];
			if (!policy) return [`${file}: no CSP meta`];
			if (!policy.inHead) return [`${file}: CSP meta outside <head>`];
			if (policy.attributes['content'] !== CONTENT_SECURITY_POLICY)
				return [`${file}: another policy: ${policy.attributes['content'] ?? ''}`];
			const earlier = elements
				.slice(0, index)
				.find((element) => ['script', 'style', 'link', 'img'].includes(element.tag));
			return earlier ? [`${file}: <${earlier.tag}> comes before the CSP meta`] : [];
		});
		expect(problems).toEqual([]);
	});

	test('no page has an inline script, an event-handler attribute or a javascript: URL', () => {
		const problems = collect((element) => {
			if (
				element.tag === 'script' &&
				element.attributes['src'] === undefined &&
				!DATA_SCRIPT_TYPES.has(element.attributes['type'] ?? '')
			)
				return `inline <script>: ${element.text.slice(0, 80)}`;
			const handler = Object.keys(element.attributes).find((name) => /^on/i.test(name));
			if (handler) return `<${element.tag} ${handler}> event handler`;
			const scriptUrl = Object.entries(element.attributes).find(([, value]) =>
				/^\s*javascript:/i.test(value),
			);
			return scriptUrl ? `<${element.tag} ${scriptUrl[0]}="${scriptUrl[1]}">` : undefined;
		});
		expect(problems).toEqual([]);
		// The data scripts that are allowed really are there, so the exemption above is exercised.
		expect(
			collect((element) =>
				element.tag === 'script' && element.attributes['type'] === 'application/ld+json'
					? 'json-ld'
					: undefined,
			).length,
		).toBeGreaterThan(0);
	});

	test('no page has a <style> element or a style attribute', () => {
		const problems = collect((element) =>
			element.tag === 'style'
				? `<style>: ${element.text.slice(0, 80)}`
				: element.attributes['style'] !== undefined
					? `<${element.tag} style="${element.attributes['style']}">`
					: undefined,
		);
		expect(problems).toEqual([]);
	});

	test('every link to another site has rel="noopener noreferrer"', () => {
		let external = 0;
		const problems = collect((element) => {
			const href = element.attributes['href'];
			if (!['a', 'area'].includes(element.tag) || href === undefined || !isExternalHref(href, origin))
				return undefined;
			external += 1;
			const rel = (element.attributes['rel'] ?? '').toLowerCase().split(/\s+/);
			return rel.includes('noopener') && rel.includes('noreferrer')
				? undefined
				: `<a href="${href}" rel="${element.attributes['rel'] ?? ''}">`;
		});
		expect(problems).toEqual([]);
		expect(external).toBeGreaterThan(50);
	});

	test('no page loads anything from another origin (no CDN, font, analytics or tracking pixel)', () => {
		const problems = collect((element) => {
			if (!FETCHING_ELEMENTS.has(element.tag)) return undefined;
			const urls = ['src', 'href', 'xlink:href', 'data', 'poster', 'srcset'].flatMap((name) =>
				element.attributes[name] === undefined
					? []
					: element.attributes[name].split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
			);
			const foreign = urls.find(
				(url) => url !== '' && !url.startsWith('data:') && new URL(url, origin).origin !== origin,
			);
			return foreign ? `<${element.tag}> loads ${foreign}` : undefined;
		});
		expect(problems).toEqual([]);
	});
});
