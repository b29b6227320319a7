import * as pagefind from 'pagefind';
import { join } from 'node:path';

/** Indexes the built site in `outDir` and writes the search bundle to `outDir/pagefind/`; throws on any error. */
export async function writeSearchIndex(outDir: string): Promise<{ pageCount: number }> {
	try {
		const { index, errors } = await pagefind.createIndex({});
		if (!index || errors.length > 0) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0)
			throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
		// Pagefind reports a missing or empty folder as zero pages, not as an error; a site always has pages.
		if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${outDir}`);
		const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
		if (written.errors.length > 0)
			throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
		return { pageCount: added.page_count };
	} finally {
		await pagefind.close();
	}
}
