import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostics, hasErrors, type Diagnostic } from '../errors/diagnostic.ts';
import { getPaperName } from '../lib/papers/paper-name.ts';
import { toCitablePaper, type CitablePaper } from '../markdown/citations.ts';
import { remarkCitations } from '../markdown/remark-citations.ts';
import { rehypeExternalLinks } from '../markdown/external-links.ts';
import { remarkSmartypants } from '../markdown/remark-smartypants.ts';
import { loadSurvey, type LoadedSurvey } from '../survey/load-survey.ts';
import { resolveSurveyPaths } from '../survey/survey-paths.ts';
import { copyReleaseFiles } from '../survey/read-releases.ts';
import { watchSurvey } from './dev-validation.ts';
import { getCompareDataPath, getTermPath, siteUrl } from '../lib/site-url.ts';
import { buildComparePaper } from '../lib/compare/compare-data.ts';
import { planPdf } from '../lib/print/plan-pdf.ts';
import { getPdfFileName } from '../lib/survey-edition.ts';

/** The module pages import to learn whether this build writes the PDF: `export const pdfFile: string | undefined`. */
const PDF_MODULE = 'virtual:action-atlas/pdf';

/** Options for the Action Atlas integration. */
export interface AtlasOptions {
	/** Absolute path of the survey folder (with `survey.yaml`, `taxonomy/` and `content/`). */
	root: string;
}

/**
 * Validates the survey before Astro renders anything and wires Markdown and MDX with the citation plugin. A survey
 * with errors never reaches `dist/`. The Pagefind index is the build's second step (src/cli/write-search-index.ts,
 * run by `npm run build` once Astro's process has exited and released its memory).
 */
export function atlas(options: AtlasOptions): AstroIntegration {
	let startupDiagnostics: Diagnostic[] = [];
	// Path in the site → contents, written once the pages are: see listCompareFiles.
	let dataFiles = new Map<string, string>();
	return {
		name: 'action-atlas',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig, logger }) => {
				const { survey, diagnostics } = loadSurvey(options.root);
				startupDiagnostics = diagnostics;
				if (diagnostics.length > 0) {
					const report = formatDiagnostics(diagnostics);
					if (hasErrors(diagnostics) && command === 'build') {
						// A user mistake, not a crash: print the catalogue messages and stop without a stack trace.
						process.stderr.write(
							`\nAction Atlas found problems in the survey at ${options.root}:\n\n${report}\n\nNothing was built.\n`,
						);
						process.exit(1);
					}
					if (hasErrors(diagnostics)) logger.error(`\n${report}`);
					else logger.warn(`\n${report}`);
				}
				if (command === 'build' && survey) dataFiles = listCompareFiles(survey);
				const papers: Record<string, CitablePaper> = Object.fromEntries(
					(survey?.papers ?? []).map((paper) => [
						paper.slug,
						toCitablePaper(paper.slug, paper.data, config.base),
					]),
				);
				// Old term URLs (renamed or removed terms) are redirects, not pages: keep them out of the sitemap.
				const redirects = new Set(
					(survey?.facets ?? []).flatMap((facet) =>
						[
							...facet.terms.flatMap((term) => term.redirect_from),
							...facet.retired.map((term) => term.id),
						].map((oldId) => siteUrl(getTermPath(facet.id, oldId), config.site, config.base)),
					),
				);
				// The build's last step prints the PDF when it can (src/cli/print-pdf.ts, same plan); pages link it only
				// then. The dev server serves no PDF, so its pages link none.
				const pdf = planPdf(process.env, (path) => existsSync(path) && statSync(path).isFile());
				const pdfFile =
					command === 'build' && pdf.print && survey ? getPdfFileName(survey.config.title) : undefined;
				updateConfig({
					vite: {
						plugins: [virtualModule(PDF_MODULE, `export const pdfFile = ${JSON.stringify(pdfFile)};`)],
					},
					markdown: {
						processor: unified({
							// Our own SmartyPants, first as Astro's was: the same output, skipping text it would not change.
							smartypants: false,
							remarkPlugins: [remarkSmartypants, [remarkCitations, { papers }]],
							rehypePlugins: [[rehypeExternalLinks, { site: config.site }]],
						}),
					},
					integrations: [mdx(), sitemap({ filter: (page) => !redirects.has(page) })],
				});
			},
			'astro:server:setup': ({ server, logger }) => {
				watchSurvey(server, options.root, logger, startupDiagnostics);
			},
			'astro:build:done': async ({ dir, logger }) => {
				// Earlier releases' files are copied in with the pages; the search index is the build's second step.
				const outDir = fileURLToPath(dir);
				await writeFiles(outDir, dataFiles);
				dataFiles = new Map();
				const copied = copyReleaseFiles(resolveSurveyPaths(options.root).releases, outDir);
				if (copied > 0) logger.info(`Copied ${copied} files of earlier releases.`);
			},
		},
	};
}

/** A Vite plugin serving `source` as the module `id`. */
function virtualModule(id: string, source: string) {
	const resolved = `\0${id}`;
	return {
		name: `action-atlas:${id}`,
		resolveId: (request: string) => (request === id ? resolved : undefined),
		load: (request: string) => (request === resolved ? source : undefined),
	};
}

/**
 * `/compare/`'s one small file per paper, from the survey the integration has just validated. A route would make
 * them too (and does, in `npm run dev`), but Astro's fixed cost per rendered route, paid once per paper, is many
 * times the cost of writing the file; written here, they cost a write each.
 */
function listCompareFiles(survey: LoadedSurvey): Map<string, string> {
	return new Map(
		survey.papers.map((paper) => [
			getCompareDataPath(paper.slug),
			JSON.stringify(
				buildComparePaper(
					{ ...paper, name: getPaperName(paper.data) },
					survey.config.attributes,
					survey.benchmarks,
					survey.index,
				),
			),
		]),
	);
}

/**
 * Writes files under `outDir`, several at a time: creating a file is the kernel's work more than this process's,
 * so several writes in flight on libuv's thread pool overlap that work instead of waiting on each file in turn.
 */
async function writeFiles(outDir: string, files: ReadonlyMap<string, string>): Promise<void> {
	for (const folder of new Set([...files.keys()].map((path) => dirname(join(outDir, path)))))
		mkdirSync(folder, { recursive: true });
	const queue = [...files];
	const writeNext = async (): Promise<void> => {
		for (let next = queue.pop(); next; next = queue.pop()) await writeFile(join(outDir, next[0]), next[1]);
	};
	await Promise.all(Array.from({ length: 8 }, writeNext));
}
