import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { tinySiteDir } from '../helpers/paths';

const site = useSiteInBrowser(() => tinySiteDir);

const columns = (page: Page) =>
	page
		.locator('.compare-table thead th .compare-name')
		.evaluateAll((links) => links.map((link) => link.textContent));
const rowIds = (page: Page) =>
	page
		.locator('.compare-table tbody tr[data-row]')
		.evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.row));

describe('comparing papers in Chromium', () => {
	test('papers ticked in the browser fill the tray, which survives a reload and opens the comparison', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.origin}/papers/`);
		expect(await page.isHidden('[data-compare-tray]')).toBe(true);
		await page.check('li[data-slug="alpha-planner"] input[data-compare-pick]');
		expect(await page.textContent('[data-tray-hint]')).toBe('Pick at least one more paper.');
		expect(await page.isHidden('[data-tray-go]')).toBe(true);
		await page.check('li[data-slug="gamma-hybrid"] input[data-compare-pick]');
		await page.reload();
		expect(await page.isChecked('li[data-slug="gamma-hybrid"] input[data-compare-pick]')).toBe(true);
		expect(await page.locator('[data-tray-list] li').allTextContents()).toEqual([
			'Alpha ×',
			'Gamma, a Hybrid of Search and Learning ×',
		]);
		await page.click('[data-tray-go]');
		await page.waitForURL(/\/compare\/\?papers=alpha-planner,gamma-hybrid$/);
		await expect.poll(() => columns(page)).toEqual(['Alpha', 'Gamma, a Hybrid of Search and Learning']);
		await context.close();
	});

	test('"Compare with…" on a paper page keeps that paper and sends the reader to pick others', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.origin}/papers/beta-learner/`);
		await page.click('a[data-compare-with]');
		await page.waitForURL(/\/papers\/$/);
		expect(await page.isChecked('li[data-slug="beta-learner"] input[data-compare-pick]')).toBe(true);
		await page.check('li[data-slug="alpha-planner"] input[data-compare-pick]');
		await page.click('[data-tray-go]');
		await expect.poll(() => columns(page)).toEqual(['Beta', 'Alpha']);
		await context.close();
	});

	test('the URL is the whole state: columns, reasons, results aligned row by row, relations; Back undoes a removal', async () => {
		const page = await site.browser.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(new URL(request.url()).pathname));
		await page.goto(`${site.origin}/compare/?papers=alpha-planner,gamma-hybrid,beta-learner`);
		await expect
			.poll(() => columns(page))
			.toEqual(['Alpha', 'Gamma, a Hybrid of Search and Learning', 'Beta']);
		expect(await page.isHidden('[data-compare-nojs]')).toBe(true);
		const method = page.locator('tr[data-row="facet-method"] td');
		expect(await method.nth(0).textContent()).toBe('Tree search');
		expect(await method.nth(1).textContent()).toContain('The policy is trained from logged planner calls.');
		expect(await method.nth(2).textContent()).toContain('It learns its policy from demonstrations.');
		const success = page.locator('tr[data-row="result-maze///success-rate"] td');
		// A number, then where it was read: a label that opens to the quoted words and the page.
		expect(
			await success.evaluateAll((cells) => cells.map((cell) => cell.querySelector('strong')?.textContent)),
		).toEqual(['80', '85', undefined]);
		expect(await success.locator('.evidence summary').allTextContents()).toEqual([
			'abstract, arXiv v1',
			'table 3, arXiv v2',
		]);
		expect(await success.nth(2).textContent()).toBe('not reported');
		const stepRate = page.locator('tr[data-row="attribute-step-rate"] td');
		expect(
			await stepRate.evaluateAll((cells) => cells.map((cell) => cell.firstChild?.firstChild?.textContent)),
		).toEqual(['10 Hz', '20.5 Hz', '50 Hz']);
		// The quote opens by keyboard as well as by pointer.
		await stepRate.nth(0).locator('.evidence summary').focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => stepRate.nth(0).locator('.evidence blockquote').isVisible()).toBe(true);
		expect(await stepRate.nth(0).locator('.evidence blockquote').textContent()).toBe(
			'“the paper gives 10 for step rate”',
		);
		expect(await page.locator('.relation-list li').allTextContents()).toEqual([
			'Gamma, a Hybrid of Search and Learning extends Alpha.',
		]);
		// Only the shown papers' small files and the shared labels are fetched, never the whole survey.
		expect(requests.filter((path) => path.endsWith('.json')).sort()).toEqual([
			'/compare/data/alpha-planner.json',
			'/compare/data/beta-learner.json',
			'/compare/data/gamma-hybrid.json',
			'/compare/meta.json',
		]);

		await page.click('th:has-text("Beta") button.compare-remove');
		await page.waitForURL(/papers=alpha-planner,gamma-hybrid$/);
		await expect.poll(() => columns(page)).toHaveLength(2);
		await page.goBack();
		await expect.poll(() => columns(page)).toHaveLength(3);
		expect(new URL(page.url()).search).toBe('?papers=alpha-planner,gamma-hybrid,beta-learner');
		await page.close();
	});

	test('"Differences only" hides rows where every paper agrees, and is kept in the URL', async () => {
		const page = await site.browser.newPage();
		await page.goto(`${site.origin}/compare/?papers=beta-learner,gamma-hybrid`);
		await expect.poll(() => rowIds(page)).toContain('attribute-output');
		expect(await page.getAttribute('tr[data-row="attribute-output"]', 'class')).toBe('');
		expect(await page.getAttribute('tr[data-row="attribute-step-rate"]', 'class')).toBe('differs');
		await page.check('[data-compare-diff]');
		await page.waitForURL(/diff=1$/);
		await expect.poll(() => rowIds(page)).not.toContain('attribute-output');
		expect(await rowIds(page)).toContain('attribute-step-rate');
		await page.reload();
		expect(await page.isChecked('[data-compare-diff]')).toBe(true);
		await expect.poll(() => rowIds(page)).not.toContain('attribute-output');
		await page.goBack();
		await expect.poll(() => rowIds(page)).toContain('attribute-output');
		await page.close();
	});

	test('works from the keyboard alone: tick, open, switch differences, remove', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(`${site.origin}/papers/`);
		await page.focus('li[data-slug="alpha-planner"] input[data-compare-pick]');
		await page.keyboard.press('Space');
		await page.focus('li[data-slug="beta-learner"] input[data-compare-pick]');
		await page.keyboard.press('Space');
		await page.focus('[data-tray-go]');
		await page.keyboard.press('Enter');
		await expect.poll(() => columns(page)).toEqual(['Alpha', 'Beta']);
		await page.focus('[data-compare-diff]');
		await page.keyboard.press('Space');
		await page.waitForURL(/diff=1$/);
		await page.focus('th:has-text("Beta") button.compare-remove');
		await page.keyboard.press('Enter');
		await page.waitForURL(/papers=alpha-planner&diff=1$/);
		expect(await page.textContent('[data-compare-status]')).toBe('Pick at least one more paper to compare.');
		await context.close();
	});

	test('without JavaScript the page says comparing needs it and links to the papers', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.origin}/compare/?papers=alpha-planner,beta-learner`);
		expect(await page.isVisible('[data-compare-nojs]')).toBe(true);
		expect(await page.textContent('[data-compare-nojs]')).toContain('needs JavaScript');
		expect(await page.getAttribute('[data-compare-nojs] a', 'href')).toBe('/papers/');
		await context.close();
	});

	test('a three-paper comparison transfers little, and what it fetches does not grow with the survey', async () => {
		const page = await site.browser.newPage();
		const sizes = new Map<string, number>();
		page.on('response', async (response) => {
			if (response.ok()) sizes.set(new URL(response.url()).pathname, gzipSync(await response.body()).length);
		});
		await page.goto(`${site.origin}/compare/?papers=alpha-planner,gamma-hybrid,beta-learner`, {
			waitUntil: 'networkidle',
		});
		const total = [...sizes.values()].reduce((sum, size) => sum + size, 0);
		expect(total).toBeLessThan(50_000);
		expect([...sizes.keys()].filter((path) => /papers\.json|table\/data\.json|pagefind/.test(path))).toEqual(
			[],
		);
		await page.close();
	});
});
