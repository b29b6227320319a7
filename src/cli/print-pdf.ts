/**
 * Prints the built `/print/` page to `<site>/<survey-title>.pdf` with Chromium (playwright-core), the browser the
 * tests already use. `node src/cli/print-pdf.ts --build` is the last step of `npm run build`: it prints the PDF when
 * Chromium is there (the pages then link it), or says in one line that it skipped it (the pages then link none); both
 * follow `planPdf`. `npm run pdf` prints it again for a site already built.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { releaseProblems, type Problem } from '../errors/catalogue.ts';
import { DEFAULT_CHROMIUM_PATH, planPdf } from '../lib/print/plan-pdf.ts';
import { getPdfFileName } from '../lib/survey-edition.ts';
import { readSurveyConfig } from '../survey/read-survey-config.ts';
import { resolveSiteDir, resolveSurveyRoot } from '../survey/survey-root.ts';
import { isRunDirectly } from './is-run-directly.ts';
import { launchChromium } from './launch-chromium.ts';
import { serveSite } from './serve-site.ts';

/** What to print and where. */
export interface PrintPdfOptions {
	/** The built site. */
	siteDir: string;
	/** The site's base path, e.g. `/` or `/atlas/`. */
	base: string;
	/** Where to write the PDF: `<siteDir>/<survey-title>.pdf`, where pages link it. */
	file: string;
	chromiumPath?: string;
}

/** Prints the site's print edition; returns the PDF's path and size, or the problem that stopped it. */
export async function printPdf(options: PrintPdfOptions): Promise<{ file: string; bytes: number } | Problem> {
	const chromiumPath = options.chromiumPath ?? (process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH);
	if (!existsSync(join(options.siteDir, 'print', 'index.html')))
		return releaseProblems.siteNotBuilt(options.siteDir);
	if (!existsSync(chromiumPath)) return releaseProblems.chromiumMissing(chromiumPath);
	const server = await serveSite(options.siteDir, options.base);
	const browser = await launchChromium(chromiumPath);
	try {
		const page = await browser.newPage({ colorScheme: 'light' });
		await page.goto(`${server.origin}${options.base}print/`, { waitUntil: 'networkidle' });
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		const { file } = options;
		await page.pdf({
			path: file,
			preferCSSPageSize: true,
			printBackground: true,
			outline: true,
			tagged: true,
		});
		return { file, bytes: statSync(file).size };
	} finally {
		await browser.close();
		await server.close();
	}
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

const PDF_USAGE = `Usage: npm run pdf

Prints the built /print/ page of the survey (ATLAS_SURVEY, or this folder) to <survey-title>.pdf beside the site, with
Chromium (CHROMIUM_PATH, default /usr/bin/chromium). Run it after npm run build; it reads the site where the build
wrote it: ATLAS_OUT_DIR when set, else another survey's own dist/, else dist/. npm run build runs it itself with
--build, printing the PDF when Chromium is there and saying in one line that it skipped it when not.
`;

/**
 * Runs `npm run pdf` for the survey in ATLAS_SURVEY (or here), on the site where the build wrote it (ATLAS_OUT_DIR,
 * the survey's own `dist`, or `dist`). As the build's step (`--build`), it skips the PDF, in one line and
 * successfully, when the build's plan has none.
 */
export async function runPrintPdf(
	env: NodeJS.ProcessEnv = process.env,
	argv: readonly string[] = process.argv.slice(2),
): Promise<number> {
	if (argv.includes('--help') || argv.includes('-h')) {
		process.stdout.write(PDF_USAGE);
		return 0;
	}
	const siteDir = resolveSiteDir(env);
	const plan = planPdf(env, isFile);
	if (argv.includes('--build') && !plan.print) {
		const skipped = releaseProblems.pdfSkipped(plan.reason, plan.chromiumPath);
		process.stdout.write(`${skipped.message} ${skipped.hint}\n`);
		return 0;
	}
	// A process of its own, after the build's: it reads the title and base again only when it prints.
	const config = readSurveyConfig(resolveSurveyRoot(env));
	const result = await printPdf({
		chromiumPath: plan.chromiumPath,
		siteDir,
		base: config?.base ?? '/',
		file: join(siteDir, getPdfFileName(config?.title ?? 'survey')),
	});
	if ('rule' in result) {
		process.stderr.write(`${result.severity}: ${result.message} (${result.rule})\n  hint: ${result.hint}\n`);
		return 1;
	}
	process.stdout.write(`Printed ${result.file} (${Math.round(result.bytes / 1024)} KB).\n`);
	return 0;
}

if (isRunDirectly(import.meta.url)) {
	void runPrintPdf().then((code) => {
		process.exitCode = code;
	});
}
