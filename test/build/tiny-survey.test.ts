import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPagefind, searchUrls, type PagefindClient } from '../helpers/pagefind-client';
import { tinySiteDir } from '../helpers/paths';
import { serveStatic } from '../helpers/serve-static';

const read = (path: string) => readFileSync(join(tinySiteDir, path), 'utf8');

describe('the tiny survey, built', () => {
	test('has every page type at its public URL', () => {
		for (const page of [
			'index.html',
			'papers/index.html',
			'papers/alpha-planner/index.html',
			'papers/delta-renamed/index.html',
			'taxonomy/index.html',
			'taxonomy/method/index.html',
			'taxonomy/method/planning/index.html',
			'taxonomy/method/tree-search/index.html',
			'search/index.html',
			'chapters/overview/index.html',
			'404.html',
			'papers.json',
		]) {
			expect(existsSync(join(tinySiteDir, page)), page).toBe(true);
		}
	});

	test('lists papers newest first on /papers/', () => {
		const html = read('papers/index.html');
		const order = ['gamma-hybrid', 'beta-learner', 'alpha-planner', 'delta-renamed'].map((slug) =>
			html.indexOf(`/papers/${slug}/`),
		);
		expect(order.every((position) => position > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	test('a term page lists the papers of its descendant terms', () => {
		const planning = read('taxonomy/method/planning/index.html');
		expect(planning).toContain('/papers/alpha-planner/');
		expect(planning).toContain('/papers/gamma-hybrid/');
		expect(planning).not.toContain('/papers/beta-learner/');
		expect(planning).toContain('Tree search');
	});

	test('a renamed term id resolves to the new term', () => {
		expect(read('taxonomy/method/learning/index.html')).toContain('/papers/delta-renamed/');
	});

	test('a paper page shows its metadata, links, tags, note, BibTeX and related papers', () => {
		const html = read('papers/alpha-planner/index.html');
		expect(html).toContain('Alpha Planner: Searching Before Acting');
		expect(html).toContain('Ada Example and Bo Example');
		expect(html).toContain('https://arxiv.org/abs/2403.00001');
		expect(html).toContain('https://example.org/alpha');
		expect(html).toContain('href="/taxonomy/method/tree-search/"');
		expect(html).toMatch(/@inproceedings\{alpha_planner,/);
		expect(html).toContain('Related papers');
		expect(html).toContain('href="/papers/gamma-hybrid/"');
	});

	test('citations become links labelled with the short name', () => {
		const html = read('papers/gamma-hybrid/index.html');
		expect(html).toMatch(
			/<a href="\/papers\/alpha-planner\/"[^>]*class="citation"[^>]*>Alpha<\/a>; <a href="\/papers\/beta-learner\/"[^>]*>Beta<\/a>/,
		);
	});

	test('a chapter renders its live paper table', () => {
		const html = read('chapters/overview/index.html');
		expect(html).toContain('Papers tagged <a href="/taxonomy/method/planning/">Planning</a>');
		const table = /<figure class="paper-table"[^>]*>.*?<\/figure>/s.exec(html)![0];
		expect(table.match(/<tr>/g)?.length).toBe(3);
	});

	test('papers.json has every paper with ancestors in its taxonomy', () => {
		const papers = JSON.parse(read('papers.json')) as {
			slug: string;
			url: string;
			taxonomy: Record<string, string[]>;
			arxiv: string | null;
			date: string;
		}[];
		expect(papers.map((paper) => paper.slug)).toEqual([
			'gamma-hybrid',
			'beta-learner',
			'alpha-planner',
			'delta-renamed',
		]);
		const alpha = papers.find((paper) => paper.slug === 'alpha-planner')!;
		expect(alpha).toMatchObject({
			url: 'https://tiny.example.org/papers/alpha-planner/',
			arxiv: '2403.00001',
			date: '2024-03-05',
		});
		expect(alpha.taxonomy).toEqual({ method: ['tree-search', 'planning'], setting: ['simulation'] });
		expect(papers.find((paper) => paper.slug === 'delta-renamed')!.taxonomy.method).toEqual(['learning']);
	});

	test('words of adjacent elements are not glued together', () => {
		const html = read('papers/beta-learner/index.html');
		expect(html).not.toMatch(/Beta Learner: Policies From Demonstrations<\/h1><p/);
	});
});

describe('the tiny survey search index', () => {
	let close: () => Promise<void>;
	let pagefind: PagefindClient;

	beforeAll(async () => {
		const server = await serveStatic(tinySiteDir);
		close = server.close;
		pagefind = await loadPagefind(tinySiteDir, `${server.origin}/pagefind/`);
	});
	afterAll(() => close?.());

	test('finds a word that appears only in one note', async () => {
		expect(await searchUrls(pagefind, 'giraffe')).toEqual(['/papers/alpha-planner/']);
		expect(await searchUrls(pagefind, 'mango')).toEqual(['/papers/gamma-hybrid/']);
	});

	test('does not index page chrome, nor the live tables embedded in chapters', async () => {
		expect(await searchUrls(pagefind, 'Skip')).toEqual([]);
		// "Hybrid" is in Gamma's title, which the chapter's paper table and leaderboard list.
		expect(await searchUrls(pagefind, 'hybrid')).toEqual(['/papers/gamma-hybrid/']);
	});

	test('a tag filter narrows the results, and a parent term finds its children', async () => {
		const everything = await searchUrls(pagefind, null, { type: 'Paper' });
		expect(everything).toHaveLength(4);
		expect(await searchUrls(pagefind, null, { method: 'planning' })).toEqual([
			'/papers/alpha-planner/',
			'/papers/gamma-hybrid/',
		]);
		expect(await searchUrls(pagefind, null, { method: 'planning', setting: 'simulation' })).toEqual([
			'/papers/alpha-planner/',
		]);
	});

	test('every term is a filter value, ancestors included', async () => {
		const filters = await pagefind.filters();
		expect(filters.method).toEqual({ learning: 3, planning: 2, 'tree-search': 1 });
		expect(filters.setting).toEqual({ 'real-world': 1, simulation: 1 });
	});
});
