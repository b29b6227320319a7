import type { Page } from 'playwright-core';
import { beforeEach, afterEach, describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { tinySiteDir } from '../helpers/paths';

let page: Page;

const site = useSiteInBrowser(() => tinySiteDir);
beforeEach(async () => {
	page = await site.browser.newPage();
});
afterEach(() => page.close());

const focused = () =>
	page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		return element
			? `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.getAttribute('name') ? `[name=${element.getAttribute('name')}]` : ''}`
			: '';
	});

describe('keyboard-only use', () => {
	test('the first Tab reaches the skip link, which moves focus to the content', async () => {
		await page.goto(`${site.origin}/papers/alpha-planner/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText)).toBe(
			'Skip to content',
		);
		await page.keyboard.press('Enter');
		expect(await focused()).toBe('main#main');
	});

	test('search: "/" focuses the box, Enter searches, and Enter on a result opens it', async () => {
		await page.goto(`${site.origin}/search/`);
		await page.keyboard.press('/');
		expect(await focused()).toBe('input#search-query[name=q]');
		await page.keyboard.type('giraffe');
		await page.keyboard.press('Enter');
		await page.locator('.search-result a').first().waitFor();
		expect(new URL(page.url()).search).toBe('?q=giraffe');
		await page.locator('.search-result a').first().focus();
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/papers\/alpha-planner\/$/);
	});

	test('the browser: Space ticks a term, Enter on − excludes one, and the list follows', async () => {
		await page.goto(`${site.origin}/papers/`);
		await page.locator('fieldset[data-facet="method"] input[value="planning"]').focus();
		await page.keyboard.press('Space');
		await expect.poll(() => page.textContent('[data-browser-status]')).toBe('2 of 4 papers');
		await page.locator('[data-exclude="setting:simulation"]').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.textContent('[data-browser-status]')).toBe('1 of 4 papers');
		expect(new URL(page.url()).search).toBe('?method=planning&not=setting%3Asimulation');
		await page.locator('[data-browser-chips] button').first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => page.textContent('[data-browser-status]')).toBe('3 of 4 papers');
	});

	test('the theme toggle works from the keyboard', async () => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(`${site.origin}/`);
		await page.locator('[data-theme-toggle]').focus();
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
	});
});

describe('the 404 page', () => {
	test('a missing URL shows a helpful page with search and ways back', async () => {
		const response = await page.goto(`${site.origin}/papers/no-such-paper/`);
		expect(response?.status()).toBe(404);
		expect(await page.textContent('h1')).toBe('Page not found');
		await page.fill('#notfound-search', 'mango');
		await page.keyboard.press('Enter');
		await page.waitForURL(/\/search\/\?q=mango$/);
		await page.locator('.search-result').first().waitFor();
		expect(await page.locator('.search-result h3').allInnerTexts()).toEqual([
			'Gamma, a Hybrid of Search and Learning',
		]);
	});
});
