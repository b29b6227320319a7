import type { PaperRecord } from '../papers/paper-record.ts';
import type { PaperTerms } from '../taxonomy/resolve-paper-terms.ts';

/** Turns facet → term ids into `facet/term` keys, the form filters, counts and related papers work on. */
export function toTermKeys(terms: Readonly<PaperTerms>): string[] {
	return Object.entries(terms).flatMap(([facet, ids]) => ids.map((term) => `${facet}/${term}`));
}

/** The `facet/term` keys of a paper, ancestors included: what the paper browser filters and counts on. */
export function listTermKeys(paper: Pick<PaperRecord, 'expandedTerms'>): string[] {
	return toTermKeys(paper.expandedTerms);
}

/** The data attributes of a paper's row in the browser's list, which the browser script reads its records from. */
export function getBrowseAttributes(
	paper: Pick<PaperRecord, 'slug' | 'name' | 'data' | 'expandedTerms'>,
): Record<string, string> {
	return {
		'data-slug': paper.slug,
		// The compare tray names a chosen paper without fetching its data.
		'data-name': paper.name,
		'data-terms': listTermKeys(paper).join(' '),
		'data-date': paper.data.date,
		'data-added': paper.data.added,
		'data-code': paper.data.links.code ? '1' : '0',
	};
}
