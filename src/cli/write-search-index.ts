/**
 * The second step of `npm run build`: indexes the site Astro has just written with Pagefind. It runs as its own
 * process after `astro build` has exited, so the build's peak memory is the larger of the two steps rather than their
 * sum: at 10,000 papers Astro's process still held gigabytes when Pagefind started inside its build hook.
 *
 * `node src/cli/write-search-index.ts [dist-dir]`; without an argument, the folder `astro build` wrote to
 * (`ATLAS_OUT_DIR`, another survey's own `dist/`, or `dist/`). A site without its index is removed rather than left
 * behind. Node runs this file as it is (its imports carry their `.ts` extension), which saves tsx's half second of
 * startup on every build.
 */
import * as pagefind from 'pagefind';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { resolveSiteDir } from '../survey/survey-root.ts';
import { isRunDirectly } from './is-run-directly.ts';

/**
 * The pages readers search: paper notes and chapters, one `index.html` each. Paginated lists (`papers/page/N/`) are
 * a level deeper and never match. Pagefind would skip every page without `data-pagefind-body` anyway, but handed
 * the whole site it parses every list, term and view page to find out.
 */
export const SEARCHED_PAGES = '{papers,chapters}/*/index.html';

/**
 * Indexes the pages of the built site in `outDir` that readers search (those marked `data-pagefind-body`: papers
 * and chapters) and writes the search bundle to `outDir/pagefind/`; throws on any error. Pagefind reads the files
 * itself, on all cores, which takes a third of the time of sending them one by one from Node.
 */
export async function writeSearchIndex(outDir: string): Promise<{ pageCount: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir, glob: SEARCHED_PAGES });
		if (added.errors.length > 0)
			throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
		// A site always has pages to search; none means the wrong folder or a broken build, not a site without search.
		if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0)
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return { pageCount: added.page_count };
	} finally {
		await pagefind.close();
	}
}

/** Indexes `outDir`; returns the exit code, and removes the site when indexing fails. */
export async function runWriteSearchIndex(
	outDir: string,
	out: { write: (text: string) => unknown } = process.stdout,
): Promise<number> {
	if (!existsSync(resolve(outDir, 'index.html'))) {
		out.write(`No built site in ${outDir}: run astro build first (npm run build does both).\n`);
		return 1;
	}
	try {
		const { pageCount } = await writeSearchIndex(outDir);
		out.write(`[action-atlas] Search index written for ${pageCount} pages.\n`);
		return 0;
	} catch (error) {
		// Never leave a site without search behind: remove the half-finished output.
		rmSync(outDir, { recursive: true, force: true });
		out.write(
			`${error instanceof Error ? error.message : String(error)}\nThe site in ${outDir} was removed.\n`,
		);
		return 1;
	}
}

if (isRunDirectly(import.meta.url)) {
	const outDir = process.argv[2] === undefined ? resolveSiteDir() : resolve(process.argv[2]);
	void runWriteSearchIndex(outDir).then((code) => {
		process.exitCode = code;
	});
}
