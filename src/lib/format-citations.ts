import { Cite, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

/** Formats CSL items as BibTeX with citation-js, one entry per item, keys taken from `citation-key`. */
export function formatBibtex(items: readonly CSL[]): string {
	if (items.length === 0) return '';
	return String(new Cite(items.map(stripForBibtex)).format('bibtex', { format: 'text' })).trim() + '\n';
}

/** Formats CSL items as pretty-printed CSL-JSON. */
export function formatCslJson(items: readonly CSL[]): string {
	return `${JSON.stringify(items, null, 2)}\n`;
}

// A summary is our sentence, not the paper's abstract: keep it out of exported references.
function stripForBibtex(item: CSL): CSL {
	const { abstract: _abstract, ...rest } = item;
	return rest;
}
