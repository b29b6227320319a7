import { expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { tinySiteDir } from '../helpers/paths';

const site = useSiteInBrowser(() => tinySiteDir);

test('a leaderboard sorts by value both ways and filters by term', async () => {
	const page = await site.browser.newPage();
	await page.goto(`${site.origin}/benchmarks/maze/`);
	const table = page.locator('table[data-sortable]').first();
	// Whitespace around a cell's link is the formatter's, not text a reader sees.
	const papers = async () =>
		(await table.locator('tbody tr:not([hidden]) td:nth-child(2)').allTextContents()).map((name) =>
			name.trim(),
		);
	expect(await papers()).toEqual(['Gamma, a Hybrid of Search and Learning', 'Alpha']);
	await table.locator('.sort-button').click();
	expect(await papers()).toEqual(['Alpha', 'Gamma, a Hybrid of Search and Learning']);
	expect(await table.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending');
	await page.locator('.leaderboard-filter select').first().selectOption('tree-search');
	expect(await papers()).toEqual(['Alpha']);
	await page.close();
});
