import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
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

// Both sites are the output of `npm run build` itself (test/helpers/global-setup.ts): the real survey as on a machine
// without Chromium, the tiny one with it. The other survey, built without Chromium, is checked in second-survey.test.ts.
describe('links between pages of a built site', () => {
	test('the real survey, built without Chromium, has no broken internal link or fragment, and no PDF link', () => {
		const { origin, base } = readSiteAddress(repoRoot);
		const report = checkSiteLinks(realSiteDir, origin, base);
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(1000);
		expect(readFileSync(join(realSiteDir, 'index.html'), 'utf8')).not.toContain('action-atlas.pdf');
	});

	test('the tiny survey, built with Chromium, links the PDF the build printed and has no broken link', () => {
		const { origin, base } = readSiteAddress(fixture('tiny-survey'));
		const report = checkSiteLinks(tinySiteDir, origin, base);
		expect(report.broken).toEqual([]);
		expect(report.checked).toBeGreaterThan(100);
		expect(readFileSync(join(tinySiteDir, 'chapters', 'index.html'), 'utf8')).toContain(
			'href="/tiny-survey.pdf"',
		);
		expect(existsSync(join(tinySiteDir, 'tiny-survey.pdf'))).toBe(true);
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
