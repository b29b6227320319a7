import { describe, expect, test } from 'vitest';
import { sitePath, siteUrl } from '../../src/lib/site-url';

describe('the site URL builder', () => {
	test('joins the base and a path with exactly one slash between them', () => {
		expect(sitePath('papers/codeact/', '/atlas/')).toBe('/atlas/papers/codeact/');
		expect(sitePath('/papers/codeact/', '/atlas')).toBe('/atlas/papers/codeact/');
		expect(sitePath('', '/atlas/')).toBe('/atlas/');
		expect(sitePath('rss.xml', '/')).toBe('/rss.xml');
	});

	test('uses the configured base by default (vitest configures "/")', () => {
		expect(sitePath('search/')).toBe('/search/');
	});

	test('gives absolute URLs on the deployed site', () => {
		expect(siteUrl('papers/x/', 'https://example.org', '/atlas/')).toBe(
			'https://example.org/atlas/papers/x/',
		);
		expect(siteUrl('sitemap-index.xml', new URL('https://example.org/'), '/')).toBe(
			'https://example.org/sitemap-index.xml',
		);
	});
});
