/**
 * The second step of `npm run build`: indexes the site Astro has just written with Pagefind. It runs as its own
 * process after `astro build` has exited, so the build's peak memory is the larger of the two steps rather than their
 * sum: at 10,000 papers Astro's process still held gigabytes when Pagefind started inside its build hook.
 *
 * `tsx src/cli/write-search-index.ts [dist-dir]`; without an argument, the folder `astro build` wrote to
 * (`ATLAS_OUT_DIR`, or `dist/`). A site without its index is removed rather than left behind.
 */
import * as pagefind from 'pagefind';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { isRunDirectly } from './is-run-directly';

/** Every HTML file under `dir`, as paths relative to it, in a stable order. */
function listHtmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.sort();
}

/**
 * Indexes the pages of the built site in `outDir` that readers search (those marked `data-pagefind-body`: papers
 * and chapters) and writes the search bundle to `outDir/pagefind/`; throws on any error. Pagefind would index only
 * those pages anyway, but handed the whole folder it parses every list, term and view page to find out, which was
 * half of its time and more than half of the bytes it read.
 */
export async function writeSearchIndex(outDir: string): Promise<{ pageCount: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		let pageCount = 0;
		for (const sourcePath of listHtmlFiles(outDir)) {
			const content = readFileSync(join(outDir, sourcePath), 'utf8');
			if (!content.includes('data-pagefind-body')) continue;
			const added = await index.addHTMLFile({ sourcePath, content });
			if (added.errors.length > 0)
				throw new Error(`Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}`);
			pageCount++;
		}
		// A site always has pages to search; none means the wrong folder or a broken build, not a site without search.
		if (pageCount === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0)
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return { pageCount };
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
	const outDir = resolve(process.argv[2] ?? process.env.ATLAS_OUT_DIR ?? 'dist');
	void runWriteSearchIndex(outDir).then((code) => {
		process.exitCode = code;
	});
}
