import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { tinySiteDir } from '../helpers/paths';

const site = useSiteInBrowser(() => tinySiteDir);

const visibleSlugs = (page: Page) =>
	page
		.locator('[data-browser-list] > li:not([hidden])')
		.evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.slug));

describe('the paper browser in Chromium', () => {
	test('terms from two facets narrow the list, and the copied URL reproduces the view', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/papers/`);
		await page.check('fieldset[data-facet="method"] input[value="learning"]');
		await page.check('fieldset[data-facet="setting"] input[value="real-world"]');
		await expect.poll(() => visibleSlugs(page)).toEqual(['beta-learner']);
		expect(await page.textContent('[data-browser-status]')).toBe('1 of 4 papers');
		const copied = page.url();
		expect(new URL(copied).search).toBe('?method=learning&setting=real-world');

		const fresh = await site.browser.newPage();
		await fresh.goto(copied);
		await expect.poll(() => visibleSlugs(fresh)).toEqual(['beta-learner']);
		expect(await fresh.isChecked('fieldset[data-facet="setting"] input[value="real-world"]')).toBe(true);
		await page.close();
		await fresh.close();
	});

	test('the back button undoes a filter', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/papers/`);
		await page.check('fieldset[data-facet="method"] input[value="planning"]');
		await expect.poll(() => visibleSlugs(page)).toEqual(['gamma-hybrid', 'alpha-planner']);
		await page.click('[data-exclude="setting:simulation"]');
		await expect.poll(() => visibleSlugs(page)).toEqual(['gamma-hybrid']);
		await page.goBack();
		await expect.poll(() => visibleSlugs(page)).toEqual(['gamma-hybrid', 'alpha-planner']);
		expect(await page.getAttribute('[data-exclude="setting:simulation"]', 'aria-pressed')).toBe('false');
		await page.goBack();
		await expect.poll(() => visibleSlugs(page)).toHaveLength(4);
		await page.close();
	});

	test('counts update as filters change, and sorting reorders the list', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/papers/?setting=simulation`);
		await expect.poll(() => page.textContent('[data-count="method/tree-search"]')).toBe('1');
		expect(await page.textContent('[data-count="method/learning"]')).toBe('0');
		await page.selectOption('[data-browser-sort]', 'title');
		await page.goto(`${site.origin}/papers/?sort=title`);
		await expect
			.poll(() => visibleSlugs(page))
			.toEqual(['alpha-planner', 'beta-learner', 'delta-renamed', 'gamma-hybrid']);
		await page.close();
	});

	test('a long result shows a page at a time, in order, with "Show more"', async () => {
		const page = await site.browser.newPage();
		// Serve the real page with a page size of 2, so four papers need a second page.
		await page.route('**/papers/', async (route) => {
			const response = await route.fetch();
			await route.fulfill({
				response,
				body: (await response.text()).replace('data-page-size="30"', 'data-page-size="2"'),
			});
		});
		await page.goto(`${site.origin}/papers/`);
		await expect.poll(() => visibleSlugs(page)).toEqual(['gamma-hybrid', 'beta-learner']);
		expect(await page.textContent('[data-browser-more]')).toBe('Show 2 more of 2');
		await page.click('[data-browser-more]');
		await expect
			.poll(() => visibleSlugs(page))
			.toEqual(['gamma-hybrid', 'beta-learner', 'alpha-planner', 'delta-renamed']);
		expect(await page.isHidden('[data-browser-more]')).toBe(true);
		await page.selectOption('[data-browser-sort]', 'title');
		await expect.poll(() => visibleSlugs(page)).toEqual(['alpha-planner', 'beta-learner']);
		await page.close();
	});

	test('without JavaScript the page still lists every paper', async () => {
		const context: BrowserContext = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin}/papers/?method=planning`);
		expect(await page.locator('[data-browser-list] > li').count()).toBe(4);
		expect(await page.isVisible('[data-browser-controls]')).toBe(false);
		await context.close();
	});

	test('Copy BibTeX puts the entry on the clipboard', async () => {
		const context = await site.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${site.origin}/papers/alpha-planner/`);
		await page.click('[data-copy-bibtex]');
		await expect.poll(() => page.textContent('[data-copy-status]')).toContain('copied');
		const clipboard = await page.evaluate(() => navigator.clipboard.readText());
		expect(clipboard).toMatch(/^@inproceedings\{alpha_planner,/);
		await context.close();
	});
});
