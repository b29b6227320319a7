import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatDiagnostics, hasErrors } from '../errors/diagnostic.ts';
import { getPaperName } from '../lib/papers/paper-name.ts';
import type { SurveyConfig } from '../schemas/survey-config.ts';
import { toCitablePaper, type CitablePaper } from '../markdown/citations.ts';
import { remarkCitations } from '../markdown/remark-citations.ts';
import { rehypeExternalLinks } from '../markdown/external-links.ts';
import { remarkSmartypants } from '../markdown/remark-smartypants.ts';
import {
	createSurveyChecker,
	loadSurvey,
	type LoadedSurvey,
	type SurveyChecker,
} from '../survey/load-survey.ts';
import { toSurveyModel, type SurveyModel } from '../survey/survey-model.ts';
import { resolveSurveyPaths } from '../survey/survey-paths.ts';
import { copyReleaseFiles } from '../survey/read-releases.ts';
import { watchSurvey } from './dev-validation.ts';
import { exportJson, reloadVirtualModule, virtualModules } from './virtual-modules.ts';
import { getCompareDataPath, getTermPath, siteUrl } from '../lib/site-url.ts';
import { buildComparePaper } from '../lib/compare/compare-data.ts';
import { planPdf } from '../lib/print/plan-pdf.ts';
import { getPdfFileName } from '../lib/survey-edition.ts';

/** The module pages import to learn whether this build writes the PDF: `export const pdfFile: string | undefined`. */
const PDF_MODULE = 'virtual:action-atlas/pdf';
/** The survey model validation settled (src/survey/survey-model.ts): `export const survey: SurveyModel | undefined`. */
const SURVEY_MODULE = 'virtual:action-atlas/survey';
/** `survey.yaml` alone, for the content config: `export const config: SurveyConfig | undefined`. */
const CONFIG_MODULE = 'virtual:action-atlas/config';

/** Options for the Action Atlas integration. */
export interface AtlasOptions {
	/** Absolute path of the survey folder (with `survey.yaml`, `taxonomy/` and `content/`). */
	root: string;
}

/**
 * Validates the survey before Astro renders anything, once, and hands the model that validation settled to
 * everything downstream: the site's `site` and `base`, the content config, `src/data` and pages (virtual modules, as
 * Starlight shares its config), and the `/compare/` files. It wires Markdown and MDX with the citation plugin. A
 * survey with errors never reaches `dist/`. The Pagefind index is the build's second step
 * (src/cli/write-search-index.ts, run by `npm run build` once Astro's process has exited and released its memory).
 */
export function atlas(options: AtlasOptions): AstroIntegration {
	// In `astro dev`, the startup check, kept so that a save re-checks only what it changed.
	let checker: SurveyChecker | undefined;
	// The model served as SURVEY_MODULE, and its module's source, made when a page first imports it.
	let model: SurveyModel | undefined;
	let modelSource: string | undefined;
	let config: SurveyConfig | undefined;
	// Path in the site → contents, written once the pages are: see listCompareFiles.
	let dataFiles = new Map<string, string>();
	return {
		name: 'action-atlas',
		hooks: {
			'astro:config:setup': ({ command, updateConfig, logger }) => {
				checker = command === 'dev' ? createSurveyChecker(options.root) : undefined;
				const { survey, settled, diagnostics } = checker?.current ?? loadSurvey(options.root);
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
				// A build stops at any error above; `astro dev` shows what validation settled while errors remain.
				model = settled && toSurveyModel(settled);
				config = settled?.config;
				const site = config?.site;
				const base = config?.base ?? '/';
				if (command === 'build' && survey) dataFiles = listCompareFiles(survey, model!);
				const papers: Record<string, CitablePaper> = Object.fromEntries(
					(survey?.papers ?? []).map((paper) => [paper.slug, toCitablePaper(paper.slug, paper.data, base)]),
				);
				// Old term URLs (renamed or removed terms) are redirects, not pages: keep them out of the sitemap.
				const redirects = new Set(
					(survey?.facets ?? []).flatMap((facet) =>
						[
							...facet.terms.flatMap((term) => term.redirect_from),
							...facet.retired.map((term) => term.id),
						].map((oldId) => siteUrl(getTermPath(facet.id, oldId), site, base)),
					),
				);
				// The build's last step prints the PDF when it can (src/cli/print-pdf.ts, same plan); pages link it only
				// then. The dev server serves no PDF, so its pages link none.
				const pdf = planPdf(process.env, (path) => existsSync(path) && statSync(path).isFile());
				const pdfFile =
					command === 'build' && pdf.print && survey ? getPdfFileName(survey.config.title) : undefined;
				updateConfig({
					// survey.yaml's, its defaults in its schema; a broken survey.yaml leaves Astro's (dev only: a build stops).
					...(config && { site: config.site, base: config.base }),
					vite: {
						plugins: [
							virtualModules({
								[PDF_MODULE]: () => `export const pdfFile = ${JSON.stringify(pdfFile)};`,
								[SURVEY_MODULE]: () => (modelSource ??= exportJson('survey', model)),
								[CONFIG_MODULE]: () => exportJson('config', config),
							}),
						],
					},
					markdown: {
						processor: unified({
							// Our own SmartyPants, first as Astro's was: the same output, skipping text it would not change.
							smartypants: false,
							remarkPlugins: [remarkSmartypants, [remarkCitations, { papers }]],
							rehypePlugins: [[rehypeExternalLinks, { site }]],
						}),
					},
					integrations: [mdx(), sitemap({ filter: (page) => !redirects.has(page) })],
				});
			},
			'astro:server:setup': ({ server, logger }) => {
				// Each save re-validates; pages then get the model it settled, and the browser reloads. While errors remain
				// and survey.yaml is broken, pages keep the last model. The content config keeps the config it started
				// with: a change of `site` or `base` needs a restart, as it did when astro.config.mjs read them.
				const surveyChecker = (checker ??= createSurveyChecker(options.root));
				watchSurvey(server, options.root, logger, surveyChecker, ({ settled }) => {
					if (!settled) return;
					const next = toSurveyModel(settled);
					const source = exportJson('survey', next);
					if (source === modelSource) return;
					[model, modelSource] = [next, source];
					reloadVirtualModule(server, SURVEY_MODULE);
				});
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

/**
 * `/compare/`'s one small file per paper, from the survey the integration has just validated. A route would make
 * them too (and does, in `npm run dev`), but Astro's fixed cost per rendered route, paid once per paper, is many
 * times the cost of writing the file; written here, they cost a write each.
 */
function listCompareFiles(survey: LoadedSurvey, model: SurveyModel): Map<string, string> {
	return new Map(
		survey.papers.map((paper) => [
			getCompareDataPath(paper.slug),
			JSON.stringify(
				buildComparePaper(
					{ ...paper, name: getPaperName(paper.data) },
					model.config.attributes,
					model.benchmarks,
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
