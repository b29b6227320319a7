import { describe, expect, test } from 'vitest';
import {
	getCompareDataPath,
	getFacetPath,
	getListPagePath,
	getPaperPath,
	getTablePagePath,
	getTermPath,
	sitePath,
	siteUrl,
} from '../../src/lib/site-url';

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

	test('builds the published paths: papers, terms, paginated lists and the table', () => {
		expect(sitePath(getPaperPath('codeact'), '/atlas/')).toBe('/atlas/papers/codeact/');
		expect(getFacetPath('hierarchy')).toBe('taxonomy/hierarchy/');
		expect(getTermPath('hierarchy', 'planner-executor')).toBe('taxonomy/hierarchy/planner-executor/');
		expect(getCompareDataPath('codeact')).toBe('compare/data/codeact.json');
		// A paper list's pages sit under page/ (a slug may be all digits); the table's do not.
		expect([1, 2].map((number) => getListPagePath('papers/', number))).toEqual(['papers/', 'papers/page/2/']);
		expect([1, 2].map(getTablePagePath)).toEqual(['table/', 'table/2/']);
	});
});
