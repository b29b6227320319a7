import type { PaperRecord } from './paper-record';
import type { PaperTerms } from './resolve-paper-terms';

/** Turns facet → term ids into `facet/term` keys, the form filters, counts and related papers work on. */
export function toTermKeys(terms: Readonly<PaperTerms>): string[] {
	return Object.entries(terms).flatMap(([facet, ids]) => ids.map((term) => `${facet}/${term}`));
}

/** The `facet/term` keys of a paper, ancestors included: what the paper browser filters and counts on. */
export function listTermKeys(paper: Pick<PaperRecord, 'expandedTerms'>): string[] {
	return toTermKeys(paper.expandedTerms);
}
