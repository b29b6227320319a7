import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { tinySiteDir } from '../helpers/paths';

const read = (path: string) => readFileSync(join(tinySiteDir, path), 'utf8');
const parseFeed = (path: string) => {
	const xml = read(path);
	expect(XMLValidator.validate(xml)).toBe(true);
	type Item = { title: string; link: string; pubDate: string };
	const feed = new XMLParser().parse(xml) as { rss: { channel: { item?: Item | Item[] } } };
	const items = feed.rss.channel.item;
	return Array.isArray(items) ? items : items ? [items] : [];
};

describe('exports of the tiny survey', () => {
	test('papers.bib reads back with citation-js, one entry per paper, keys from slugs', () => {
		const entries = new Cite(read('papers.bib')).data as { 'citation-key': string; title: string }[];
		expect(entries.map((entry) => entry['citation-key']).sort()).toEqual([
			'alpha_planner',
			'beta_learner',
			'delta_renamed',
			'gamma_hybrid',
		]);
		expect(entries.find((entry) => entry['citation-key'] === 'alpha_planner')!.title).toBe(
			'Alpha Planner: Searching Before Acting',
		);
	});

	test('papers.csl.json has the fields CSL processors need', () => {
		const items = JSON.parse(read('papers.csl.json')) as Record<string, unknown>[];
		expect(items).toHaveLength(4);
		for (const item of items) {
			expect(item).toHaveProperty('id');
			expect(item).toHaveProperty('type');
			expect(item).toHaveProperty('title');
			expect(item).toHaveProperty('author');
			expect(item).toHaveProperty('issued.date-parts');
		}
	});

	test('a term has its own BibTeX and feed, sub-terms included', () => {
		const entries = new Cite(read('taxonomy/method/planning/papers.bib')).data as {
			'citation-key': string;
		}[];
		expect(entries.map((entry) => entry['citation-key']).sort()).toEqual(['alpha_planner', 'gamma_hybrid']);
		expect(parseFeed('taxonomy/method/planning/feed.xml').map((item) => item.link)).toEqual([
			'https://tiny.example.org/papers/gamma-hybrid/',
			'https://tiny.example.org/papers/alpha-planner/',
		]);
	});

	test('rss.xml lists papers by date added, newest first, and pages advertise their feeds', () => {
		expect(parseFeed('rss.xml').map((item) => item.link.split('/').at(-2))).toEqual([
			'delta-renamed',
			'gamma-hybrid',
			'beta-learner',
			'alpha-planner',
		]);
		expect(read('index.html')).toContain('<link rel="alternate" type="application/rss+xml" href="/rss.xml"');
		expect(read('taxonomy/method/planning/index.html')).toContain(
			'href="/taxonomy/method/planning/feed.xml"',
		);
	});

	test("what's new lists additions month by month, with its own feed", () => {
		expect(read('changes/index.html')).toContain('Nov 2026');
		expect(parseFeed('changes/feed.xml')).toHaveLength(4);
	});

	test('a renamed term keeps its old URL as a redirect, outside the sitemap', () => {
		const html = read('taxonomy/method/imitation/index.html');
		expect(html).toContain('<meta http-equiv="refresh" content="0;url=/taxonomy/method/learning/">');
		expect(read('sitemap-0.xml')).not.toContain('/imitation/');
		expect(read('sitemap-0.xml')).toContain('https://tiny.example.org/papers/alpha-planner/');
		expect(read('robots.txt')).toContain('Sitemap: https://tiny.example.org/sitemap-index.xml');
	});

	test('paper pages carry citation_* tags, JSON-LD and OpenGraph', () => {
		const html = read('papers/alpha-planner/index.html');
		expect(html).toContain('<meta name="citation_title" content="Alpha Planner: Searching Before Acting">');
		expect(html.match(/<meta name="citation_author"/g)).toHaveLength(2);
		expect(html).toContain('<meta name="citation_publication_date" content="2024/03/05">');
		expect(html).toContain('<meta name="citation_pdf_url" content="https://arxiv.org/pdf/2403.00001">');
		const jsonLd = JSON.parse(
			/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!,
		) as Record<string, unknown>;
		expect(jsonLd).toMatchObject({
			'@type': 'ScholarlyArticle',
			headline: 'Alpha Planner: Searching Before Acting',
			datePublished: '2024-03-05',
		});
		expect(html).toContain('<meta property="og:type" content="article">');
		expect(html).toContain('<link rel="canonical" href="https://tiny.example.org/papers/alpha-planner/">');
		expect(existsSync(join(tinySiteDir, 'sitemap-index.xml'))).toBe(true);
	});
});
