/**
 * Each paper's BibTeX, formatted once per build. citation-js costs about a millisecond an entry, and a paper's entry
 * is written on its page, in papers.bib and in the papers.bib of every term it carries (ancestors included): at
 * 10,000 papers that was over a hundred thousand identical formattings. A list's BibTeX is its entries' BibTeX
 * joined, which is what citation-js writes for the list itself.
 */
import { formatBibtex } from '../lib/citations/format-citations.ts';
import type { PaperRecord } from '../lib/papers/paper-record.ts';
import { paperToCsl } from '../lib/citations/paper-to-csl.ts';
import { getPaperPath, siteUrl } from '../lib/site-url.ts';

const entries = new Map<string, string>();

/** One paper's BibTeX entry, with its page's absolute URL on `site`. */
export function getPaperBibtex(paper: PaperRecord, site: URL | undefined): string {
	const url = siteUrl(getPaperPath(paper.slug), site);
	const key = `${paper.slug} ${url}`;
	let entry = entries.get(key);
	if (entry === undefined) entries.set(key, (entry = formatBibtex([paperToCsl(paper, url)])));
	return entry;
}

/** The BibTeX of `papers`, in their order. */
export function formatPapersBibtex(papers: readonly PaperRecord[], site: URL | undefined): string {
	return papers.map((paper) => getPaperBibtex(paper, site)).join('');
}
