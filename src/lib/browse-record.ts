import type { BrowseRecord } from './browse-index';
import { getYear } from './format-date';
import type { PaperRecord } from './paper-record';

/** The `facet/term` keys of a paper, ancestors included: what the browser filters and counts on. */
export function listTermKeys(paper: Pick<PaperRecord, 'expandedTerms'>): string[] {
	return Object.entries(paper.expandedTerms).flatMap(([facet, terms]) => terms.map((term) => `${facet}/${term}`));
}

/** Describes a paper for the browser index; the server writes the same facts into the list's data attributes. */
export function toBrowseRecord(paper: Pick<PaperRecord, 'expandedTerms' | 'data' | 'name'>): BrowseRecord {
	return {
		terms: listTermKeys(paper),
		year: getYear(paper.data.date),
		date: paper.data.date,
		added: paper.data.added,
		title: paper.data.title,
		hasCode: Boolean(paper.data.links.code),
		text: [paper.data.title, paper.name, ...paper.data.authors].join(' ').toLowerCase(),
	};
}
