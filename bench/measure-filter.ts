import type { Browser } from 'playwright-core';

/** Filter-change latencies on /papers/. */
export interface FilterLatency {
	changes: {
		facet: string;
		term: string;
		checked: boolean;
		status: string;
		statusMs: number;
		layoutMs: number;
		frameMs: number;
	}[];
	statusMs: { median: number; p95: number; max: number };
	layoutMs: { median: number; p95: number; max: number };
	frameMs: { median: number; p95: number; max: number };
	domContentLoadedMs: number;
	loadMs: number;
}

// Runs in the page, so it is plain JavaScript text: the TypeScript loader's helpers do not exist there.
const FILTER_PROBE = `async ({ facet, term }) => {
	const box = document.querySelector('fieldset[data-facet="' + facet + '"] input[type="checkbox"][value="' + term + '"]');
	const status = document.querySelector('[data-browser-status]');
	return await new Promise((resolve) => {
		const start = performance.now();
		const observer = new MutationObserver(() => {
			observer.disconnect();
			const statusMs = performance.now() - start;
			// Reading layout forces the style and layout work the change caused.
			document.documentElement.getBoundingClientRect();
			void document.body.offsetHeight;
			const layoutMs = performance.now() - start;
			requestAnimationFrame(() => setTimeout(() => resolve({ checked: box.checked, status: status.textContent, statusMs, layoutMs, frameMs: performance.now() - start }), 0));
		});
		observer.observe(status, { childList: true, characterData: true, subtree: true });
		box.click();
	});
}`;

const LIST_TERMS = `[...document.querySelectorAll('fieldset[data-facet]')].map((fieldset) => ({
	facet: fieldset.dataset.facet,
	terms: [...fieldset.querySelectorAll('input[type="checkbox"]')].map((box) => box.value).filter((term) => Number(document.querySelector('[data-count="' + fieldset.dataset.facet + '/' + term + '"]')?.textContent ?? '0') > 0),
}))`;

const summarise = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (quantile: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? 0;
	return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
};

/** Times 16 checkbox changes across facets on /papers/: check a term, then release the previous one, and so on. */
export async function measureFilterLatency(browser: Browser, origin: string): Promise<FilterLatency> {
	// The site's CSP forbids eval, and the probes below are JavaScript text; bypassing CSP changes no request.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${origin}/papers/`, { timeout: 300_000 });
	await page.waitForSelector('[data-browser-controls]:not([hidden])', { timeout: 120_000 });
	const timing = await page.evaluate<{ dcl: number; load: number }>(
		`(() => { const [entry] = performance.getEntriesByType('navigation'); return { dcl: entry.domContentLoadedEventEnd, load: entry.loadEventEnd }; })()`,
	);
	const facets = (await page.evaluate<{ facet: string; terms: string[] }[]>(LIST_TERMS)).filter(
		(facet) => facet.terms.length > 0,
	);
	// Eight terms, one facet after another, each facet contributing a different term on its next turn.
	const picks = Array.from({ length: 8 }, (_, turn) => {
		const facet = facets[turn % facets.length]!;
		return {
			facet: facet.facet,
			term: facet.terms[(Math.floor(turn / facets.length) * 2 + 1) % facet.terms.length]!,
		};
	});
	const steps = picks.flatMap((pick, position) => (position === 0 ? [pick] : [pick, picks[position - 1]!]));
	steps.push(picks.at(-1)!);
	const changes: FilterLatency['changes'] = [];
	for (const step of steps) {
		const result = await page.evaluate<Omit<FilterLatency['changes'][number], 'facet' | 'term'>>(
			`(${FILTER_PROBE})(${JSON.stringify(step)})`,
		);
		changes.push({ ...step, ...result });
		// Let the previous change settle (paint, idle GC) so that changes do not overlap.
		await page.waitForTimeout(150);
	}
	await context.close();
	return {
		changes,
		statusMs: summarise(changes.map((change) => change.statusMs)),
		layoutMs: summarise(changes.map((change) => change.layoutMs)),
		frameMs: summarise(changes.map((change) => change.frameMs)),
		domContentLoadedMs: timing.dcl,
		loadMs: timing.load,
	};
}
