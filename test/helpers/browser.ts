import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium as launchChromiumAt } from '../../src/cli/launch-chromium';
import { serveStatic } from './serve-static';

/** Debian's Chromium; Playwright's own browser downloads are not available here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium, or says how to install it. */
export function launchChromium(): Promise<Browser> {
	if (!existsSync(CHROMIUM_PATH)) {
		throw new Error(
			`Browser tests need Chromium at ${CHROMIUM_PATH}. Install it with "apt-get install chromium" (Debian/Ubuntu) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
		);
	}
	return launchChromiumAt(CHROMIUM_PATH);
}

/** A built site served on loopback and a Chromium to visit it, for the duration of one test file. */
export interface SiteInBrowser {
	browser: Browser;
	origin: string;
}

/**
 * Serves `siteDir()` and starts Chromium before the file's tests, and stops both after them. The returned object
 * is filled in by `beforeAll`, so read its fields inside tests, not at import time.
 */
export function useSiteInBrowser(siteDir: () => string): SiteInBrowser {
	const site = {} as SiteInBrowser;
	let close: (() => Promise<void>) | undefined;
	beforeAll(async () => {
		const server = await serveStatic(siteDir());
		site.origin = server.origin;
		close = server.close;
		site.browser = await launchChromium();
	});
	afterAll(async () => {
		await site.browser?.close();
		await close?.();
	});
	return site;
}
