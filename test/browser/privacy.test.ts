import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { tinySiteDir } from '../helpers/paths';

const site = useSiteInBrowser(() => tinySiteDir);

/** Records every request the page makes and every console error or uncaught exception it reports. */
function watch(page: Page) {
	const requests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return { requests, errors };
}

describe('privacy and the Content-Security-Policy in Chromium', () => {
	test('home, a paper and a working search request nothing but the site itself, with no CSP violation', async () => {
		const page = await site.browser.newPage();
		const { requests, errors } = watch(page);
		await page.goto(`${site.origin}/`, { waitUntil: 'networkidle' });
		await page.goto(`${site.origin}/papers/alpha-planner/`, { waitUntil: 'networkidle' });
		await page.goto(`${site.origin}/search/?q=giraffe`);
		await expect
			.poll(() => page.locator('.search-result h3').allTextContents())
			.toEqual(['Alpha Planner: Searching Before Acting']);
		await page.waitForLoadState('networkidle');

		// Search really ran under the policy: Pagefind's script, WebAssembly and index all came from the site.
		expect(requests.some((url) => url.endsWith('.wasm') || url.includes('/pagefind/wasm.'))).toBe(true);
		expect(requests.some((url) => url.includes('/pagefind/fragment/'))).toBe(true);
		expect(requests.filter((url) => new URL(url).origin !== site.origin)).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	test('the policy is enforced: an injected inline script is refused and reported', async () => {
		const page = await site.browser.newPage();
		const { errors } = watch(page);
		await page.goto(`${site.origin}/`);
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.__inlineRan = true;';
			document.head.append(script);
			return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
		});
		expect(ran).toBe(false);
		await expect.poll(() => errors.join('\n')).toMatch(/Content Security Policy/);
		await page.close();
	});
});
