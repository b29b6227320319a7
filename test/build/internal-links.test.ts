import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkSiteLinks } from '../helpers/check-site-links';
import { readSiteAddress } from '../helpers/parse-html';
import { fixture, outputRoot, repoRoot, tinySiteDir } from '../helpers/paths';
import { getRealSiteDir } from '../helpers/site-files';

let realSiteDir: string;
beforeAll(async () => {
	realSiteDir = getRealSiteDir();
});

describe('links between pages of a built site', () => {
	test('the real survey has no broken internal link or fragment', () => {
		const { origin, base } = readSiteAddress(repoRoot);
		const report = checkSiteLinks(realSiteDir, origin, base);
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(1000);
	});

	test('the tiny survey has no broken internal link or fragment', () => {
		const { origin, base } = readSiteAddress(fixture('tiny-survey'));
		const report = checkSiteLinks(tinySiteDir, origin, base);
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(100);
	});

	test('the checker reports a missing page, a missing fragment and a link outside the base', () => {
		const site = join(outputRoot, 'broken-links-site');
		mkdirSync(join(site, 'papers', 'a'), { recursive: true });
		writeFileSync(
			join(site, 'index.html'),
			'<!doctype html><title>Home</title><p id="intro"><a href="papers/a/">ok</a> <a href="#intro">ok</a> <a href="https://other.example/x">external</a>',
		);
		writeFileSync(
			join(site, 'papers', 'a', 'index.html'),
			'<!doctype html><title>A</title><a href="/atlas/papers/b/">b</a> <a href="../../#nowhere">top</a> <a href="https://site.example/elsewhere/">up</a> <a href="/atlas/?q=1&amp;x=2#intro">home</a>',
		);
		const report = checkSiteLinks(site, 'https://site.example', '/atlas/');
		expect(report.broken).toEqual([
			'papers/a/index.html → /atlas/papers/b/: no such file in the built site',
			'papers/a/index.html → ../../#nowhere: no id "nowhere" on index.html',
			"papers/a/index.html → https://site.example/elsewhere/: outside the site's base /atlas/",
		]);
		expect(report.checked).toBe(6);
	});
});
