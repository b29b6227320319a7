import { chromium, type Browser } from 'playwright-core';

/**
 * Starts headless Chromium (Debian's, at `executablePath`: Playwright's own browser download is not used) with the
 * flags a sandboxed CI machine needs: no sandbox or GPU, and no background traffic (updates, sync, QUIC). The PDF
 * printer, the browser tests and the bench all start it here.
 */
export function launchChromium(executablePath: string): Promise<Browser> {
	return chromium.launch({
		executablePath,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
		],
	});
}
