import type { PaperRecord } from './paper-record';

/** The `facet/term` keys of a paper, ancestors included: what the paper browser filters and counts on. */
export function listTermKeys(paper: Pick<PaperRecord, 'expandedTerms'>): string[] {
	return Object.entries(paper.expandedTerms).flatMap(([facet, terms]) => terms.map((term) => `${facet}/${term}`));
}
