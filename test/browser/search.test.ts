import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { tinySiteDir } from '../helpers/paths';

let page: Page;

const site = useSiteInBrowser(() => tinySiteDir);
beforeEach(async () => {
	page = await site.browser.newPage();
});

const resultTitles = async () => {
	await page.waitForFunction(
		() => !document.querySelector('[data-search-status]')?.textContent?.includes('Searching'),
	);
	return page.locator('.search-result h3').allInnerTexts();
};

describe('search in Chromium', () => {
	test('finds a paper by a word from its note, with the match highlighted', async () => {
		await page.goto(`${site.origin}/search/?q=giraffe`);
		await expect.poll(resultTitles).toEqual(['Alpha Planner: Searching Before Acting']);
		expect(await page.locator('.search-result mark').first().textContent()).toMatch(/giraffe/i);
		expect(await page.inputValue('#search-query')).toBe('giraffe');
	});

	test('narrows by a tag given in the URL, with no query typed', async () => {
		await page.goto(`${site.origin}/search/?method=planning`);
		await expect
			.poll(async () => (await resultTitles()).sort())
			.toEqual(['Alpha Planner: Searching Before Acting', 'Gamma, a Hybrid of Search and Learning']);
		expect(await page.isChecked('input[name="method"][value="planning"]')).toBe(true);
		await page.goto(`${site.origin}/search/?method=planning&setting=simulation`);
		await expect.poll(resultTitles).toEqual(['Alpha Planner: Searching Before Acting']);
	});

	test('ticking a term updates the URL, and Back undoes it', async () => {
		await page.goto(`${site.origin}/search/?q=search`);
		await page.locator('.search-result').first().waitFor();
		await page.check('input[name="setting"][value="real-world"]');
		await expect.poll(() => new URL(page.url()).search).toBe('?q=search&setting=real-world');
		await page.goBack();
		await expect.poll(() => page.isChecked('input[name="setting"][value="real-world"]')).toBe(false);
		expect(new URL(page.url()).search).toBe('?q=search');
	});

	test('the "/" key focuses search from any page', async () => {
		await page.goto(`${site.origin}/papers/`);
		await page.keyboard.press('/');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
	});

	test('the theme toggle switches theme and remembers it', async () => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${site.origin}/`);
		await page.click('[data-theme-toggle]');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		await page.reload();
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
		const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		expect(background).toBe('rgb(16, 19, 23)');
	});
});
