import { expect, test } from 'vitest';
import { planPdf } from '../../src/lib/print/plan-pdf';

const installed = (path: string) => path === '/usr/bin/chromium' || path === '/opt/chrome';

test('the build prints the PDF where Chromium is installed, at the default path or CHROMIUM_PATH', () => {
	expect(planPdf({}, installed)).toEqual({ print: true, chromiumPath: '/usr/bin/chromium' });
	expect(planPdf({ CHROMIUM_PATH: '/opt/chrome' }, installed)).toEqual({
		print: true,
		chromiumPath: '/opt/chrome',
	});
});

test('the build skips the PDF without Chromium, or when ATLAS_PDF=off, and says which', () => {
	expect(planPdf({ CHROMIUM_PATH: '/nowhere' }, installed)).toEqual({
		print: false,
		chromiumPath: '/nowhere',
		reason: 'no-chromium',
	});
	expect(planPdf({ ATLAS_PDF: 'off' }, installed)).toMatchObject({ print: false, reason: 'turned-off' });
});
