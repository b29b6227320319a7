import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { tinySiteDir } from '../helpers/paths';

const site = useSiteInBrowser(() => tinySiteDir);

const names = (page: Page) =>
	page
		.locator('[data-table-body] tr th a')
		.evaluateAll((links) => links.map((link) => link.textContent?.trim()));

describe('the table of papers in Chromium', () => {
	test('without any choice the static rows are shown newest first, and no column data is fetched', async () => {
		const page = await site.browser.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${site.origin}/table/`, { waitUntil: 'networkidle' });
		expect(await names(page)).toEqual(['Gamma, a Hybrid of Search and Learning', 'Beta', 'Alpha', 'Delta']);
		expect(await page.getAttribute('th[data-col="date"]', 'aria-sort')).toBe('descending');
		expect(requests).not.toContain('/table/data.json');
		await page.close();
	});

	test('a header sorts by its column, missing values last, and a second press reverses it', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/table/`);
		await page.click('th[data-col="step-rate"] button');
		await page.waitForURL(/\?sort=-step-rate$/);
		await expect
			.poll(() => names(page))
			.toEqual(['Beta', 'Gamma, a Hybrid of Search and Learning', 'Alpha', 'Delta']);
		expect(await page.getAttribute('th[data-col="step-rate"]', 'aria-sort')).toBe('descending');
		await page.click('th[data-col="step-rate"] button');
		await page.waitForURL(/\?sort=step-rate$/);
		await expect
			.poll(() => names(page))
			.toEqual(['Alpha', 'Gamma, a Hybrid of Search and Learning', 'Beta', 'Delta']);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.closest('th')?.dataset.col))
			.toBe('step-rate');
		await page.close();
	});

	test('a range filter keeps papers at or above a value, and the URL reproduces the view; Back undoes it', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/table/`);
		await page.click('[data-table-filters] summary');
		await page.fill('input[name="step-rate-min"]', '15');
		await page.press('input[name="step-rate-min"]', 'Enter');
		await page.waitForURL(/\?step-rate=15\.\.$/);
		await expect.poll(() => names(page)).toEqual(['Gamma, a Hybrid of Search and Learning', 'Beta']);
		expect(await page.textContent('[data-table-status]')).toBe('2 of 4 papers, by date (descending).');
		await page.selectOption('select[name="method"]', 'planning');
		await page.waitForURL(/method=planning/);
		// A parent term matches its children's papers, as on term pages.
		await expect.poll(() => names(page)).toEqual(['Gamma, a Hybrid of Search and Learning']);

		const fresh = await site.browser.newPage();
		await fresh.goto(page.url());
		await expect.poll(() => names(fresh)).toEqual(['Gamma, a Hybrid of Search and Learning']);
		expect(await fresh.inputValue('input[name="step-rate-min"]')).toBe('15');
		expect(await fresh.inputValue('select[name="method"]')).toBe('planning');
		await fresh.close();

		await page.goBack();
		await expect.poll(() => names(page)).toEqual(['Gamma, a Hybrid of Search and Learning', 'Beta']);
		expect(await page.inputValue('select[name="method"]')).toBe('');
		await page.close();
	});

	test('columns can be hidden, and the choice is in the URL', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/table/?cols=name,step-rate&sort=step-rate`);
		await expect
			.poll(() =>
				page
					.locator('[data-table-head] th')
					.evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.col)),
			)
			.toEqual(['name', 'step-rate']);
		const cells = page.locator('[data-table-body] tr').first().locator('td');
		expect(await cells.evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent))).toEqual(['10 Hz']);
		// Beside the number, where it was read, opened by a tap or click.
		await cells.first().locator('.evidence summary').click();
		expect(await cells.first().locator('.evidence blockquote').textContent()).toBe(
			'“the paper gives 10 for step rate”',
		);
		expect(await cells.first().locator('.evidence a').getAttribute('href')).toBe('https://example.org/paper');
		expect(await page.isChecked('input[name="cols"][value="date"]')).toBe(false);
		await page.close();
	});
});
