import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { measurePageWeight, type PageWeight } from './measure-page-weight';

/** Sums the sizes and counts the files under `dir`. */
export function measureDirectory(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

function listPages(dir: string, depth: number): string[] {
	if (!existsSync(dir)) return [];
	if (depth === 0) return existsSync(join(dir, 'index.html')) ? [join(dir, 'index.html')] : [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => listPages(join(dir, entry.name), depth - 1));
}

/** Weighs one page of every type; the paper page is the one of median HTML size, and also without JS. */
export function measurePageWeights(distDir: string): PageWeight[] {
	const bySize = (files: string[]) =>
		files.map((file) => ({ file, size: statSync(file).size })).sort((a, b) => a.size - b.size);
	const papers = bySize(listPages(join(distDir, 'papers'), 1));
	const terms = bySize(listPages(join(distDir, 'taxonomy'), 2));
	const chapters = listPages(join(distDir, 'chapters'), 1).sort();
	const rel = (file: string) => relative(distDir, file).split('\\').join('/');
	const median = papers[Math.floor(papers.length / 2)]!.file;
	const weights = [
		measurePageWeight(distDir, 'home', 'index.html'),
		measurePageWeight(distDir, 'papers list', 'papers/index.html'),
		measurePageWeight(distDir, 'paper (median)', rel(median)),
		measurePageWeight(distDir, 'paper (median), no JS', rel(median), { withJs: false }),
		measurePageWeight(distDir, 'paper (largest)', rel(papers.at(-1)!.file)),
		measurePageWeight(distDir, 'facet', 'taxonomy/action-tokenization/index.html'),
		measurePageWeight(distDir, 'term (latent)', 'taxonomy/action-tokenization/latent/index.html'),
		measurePageWeight(distDir, 'term (largest)', rel(terms.at(-1)!.file)),
		measurePageWeight(distDir, 'search', 'search/index.html'),
		measurePageWeight(distDir, 'chapter', rel(chapters[0]!)),
		measurePageWeight(distDir, '404', '404.html'),
	];
	return weights;
}
