/**
 * Whether a build prints the survey's PDF, decided once from the environment so that the pages (which link the PDF
 * only when it will exist) and the build's PDF step agree. Pure: the caller says whether a path is a file.
 */

/** Where Chromium is looked for when CHROMIUM_PATH is not set (Debian's package, and GitHub's Ubuntu runners). */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** What a build does about the PDF. */
export type PdfPlan =
	| { print: true; chromiumPath: string }
	| { print: false; chromiumPath: string; reason: 'turned-off' | 'no-chromium' };

/**
 * Plans the PDF: printed when Chromium is at `CHROMIUM_PATH` (default {@link DEFAULT_CHROMIUM_PATH}), unless
 * `ATLAS_PDF=off` turns it off (the bench does, as the minimal site it compares with prints none).
 *
 * @example planPdf({ ATLAS_PDF: 'off' }, () => true) // { print: false, reason: 'turned-off', … }
 */
export function planPdf(
	env: Readonly<Record<string, string | undefined>>,
	isFile: (path: string) => boolean,
): PdfPlan {
	const chromiumPath = env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM_PATH;
	if (env['ATLAS_PDF'] === 'off') return { print: false, chromiumPath, reason: 'turned-off' };
	if (!isFile(chromiumPath)) return { print: false, chromiumPath, reason: 'no-chromium' };
	return { print: true, chromiumPath };
}
