import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../helpers/browser';
import { realSiteDir } from '../helpers/paths';

// A <Timeline> was 750 px wide in a 628 px column, opened scrolled to the oldest quarter with no visible scrollbar.
const site = useSiteInBrowser(() => realSiteDir);

/** Where each timeline's newest bar lies against its scroll box, and whether the chart overflows the box. */
async function measureTimelines(path: string, width: number) {
	const page = await site.browser.newPage({ viewport: { width, height: 900 } });
	await page.goto(`${site.origin}${path}`);
	const charts = await page.evaluate(() =>
		[...document.querySelectorAll('.chart.timeline .chart-scroll')].map((box) => {
			const frame = box.getBoundingClientRect();
			const svg = box.querySelector('svg')!.getBoundingClientRect();
			const bars = [...box.querySelectorAll('rect')].map((bar) => bar.getBoundingClientRect());
			const newest = bars.reduce((right, bar) => (bar.right > right.right ? bar : right));
			return {
				overflows: svg.width > frame.width + 1,
				newestVisible: newest.left >= frame.left - 1 && newest.right <= frame.right + 1,
				// Headless Chromium hides scrollbars, so measure what shows one: the box scrolls, in the site's colours.
				scrollbarShown:
					getComputedStyle(box).overflowX === 'auto' && getComputedStyle(box).scrollbarColor !== 'auto',
			};
		}),
	);
	await page.close();
	return charts;
}

describe('timelines', () => {
	test('in a chapter, the timeline fits its column or scrolls, and shows the newest quarter', async () => {
		const charts = await measureTimelines('/chapters/introduction/', 1280);
		expect(charts.length).toBeGreaterThan(0);
		// A chart up to 900 px wide scales down to the column; a survey spanning more quarters scrolls instead.
		for (const chart of charts) expect(chart).toMatchObject({ newestVisible: true, scrollbarShown: true });
	});

	test('on a narrow screen, a timeline too wide to fit opens at the newest quarter with its scrollbar shown', async () => {
		const charts = [
			...(await measureTimelines('/chapters/introduction/', 360)),
			...(await measureTimelines('/timeline/', 360)),
		];
		expect(charts.length).toBeGreaterThan(1);
		for (const chart of charts)
			expect(chart).toEqual({ overflows: true, newestVisible: true, scrollbarShown: true });
	});
});
