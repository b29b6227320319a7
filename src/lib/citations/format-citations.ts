import { plugins, type CSL } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';

/**
 * Formats CSL items as BibTeX with citation-js, one entry per item, keys taken from `citation-key`. The items are
 * cleaned and handed to the BibTeX output plugin as `new Cite(items).format('bibtex')` does, without the `Cite`
 * object: its input detection cost three times the formatting, once per paper.
 */
export function formatBibtex(items: readonly CSL[]): string {
	if (items.length === 0) return '';
	const cleaned = plugins.input.util.clean(items.map(stripForBibtex));
	return String(formatOutput('bibtex', cleaned, { format: 'text' })).trim() + '\n';
}

// The BibTeX plugin registers its format at run time; the core's types list only the core's own formats.
const formatOutput = plugins.output.format as (
	name: string,
	data: CSL[],
	options: { format: 'text' },
) => unknown;

/** Formats CSL items as pretty-printed CSL-JSON. */
export function formatCslJson(items: readonly CSL[]): string {
	return `${JSON.stringify(items, null, 2)}\n`;
}

// A summary is our sentence, not the paper's abstract: keep it out of exported references.
function stripForBibtex(item: CSL): CSL {
	const { abstract: _abstract, ...rest } = item;
	return rest;
}
