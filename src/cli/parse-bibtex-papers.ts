import { Cite, plugins, type CSL, type CSLName } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { formatPlainTitle } from './format-plain-title.ts';
import { isPartialDate } from '../schemas/partial-date.ts';
import { findArxivIdInText, parseArxivReference } from './parse-arxiv-reference.ts';
import type { PaperDraft } from './render-note-skeleton.ts';

/** A BibTeX entry read as a draft note, with the entry's key to name it in messages. */
export interface BibtexPaper {
	key: string;
	/** `undefined` when the entry has no title, which no note can do without. */
	draft: PaperDraft | undefined;
}

/** The raw fields of one entry, before citation-js maps them to CSL. */
interface BibtexEntry {
	label: string;
	properties: Record<string, unknown>;
}

// Forcing the input type keeps citation-js from guessing that the text is a DOI or URL and fetching it.
const BIBTEX_INPUT = { forceType: '@bibtex/text', generateGraph: false, strict: true, maxChainLength: 10 };

/**
 * Reads BibTeX or BibLaTeX text with citation-js and turns every entry into a draft note: title, authors (CSL given
 * and family), date (from `issued`), arXiv id, DOI and venue. Throws citation-js's error when the text is not BibTeX.
 */
export function parseBibtexPapers(text: string): BibtexPaper[] {
	const items = new Cite(text, { ...BIBTEX_INPUT, target: '@csl/list+object' }).data;
	// citation-js's CSL mapping keeps only PubMed eprints, so arXiv eprints are read from the raw entries.
	const entries = plugins.input.chain(text, {
		...BIBTEX_INPUT,
		target: '@bibtex/entries+list',
	}) as unknown as BibtexEntry[];
	return items.map((item, position) => {
		const key = String(item['citation-key'] ?? item.id);
		const entry =
			entries[position]?.label === key
				? entries[position]
				: entries.find((candidate) => candidate.label === key);
		return { key, draft: item.title?.trim() ? toDraft(item, entry?.properties ?? {}) : undefined };
	});
}

/**
 * Joins a CSL name into the display form notes use, "Given particle Family suffix".
 *
 * @example formatCslName({ given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }) // 'Jan van der Berg'
 */
export function formatCslName(name: CSLName): string {
	if (name.literal) return name.literal.trim();
	return [name.given, name['dropping-particle'], name['non-dropping-particle'], name.family, name.suffix]
		.filter((part): part is string => Boolean(part?.trim()))
		.join(' ')
		.replace(/\s+/g, ' ');
}

function toDraft(item: CSL, raw: Record<string, unknown>): PaperDraft {
	const names = item.author ?? [];
	// BibTeX's "and others" arrives as an author named "others"; it means the list is incomplete, not a person.
	const truncated = names.some((name) => (name.family ?? name.literal) === 'others' && !name.given);
	const authors = names
		.filter((name) => !((name.family ?? name.literal) === 'others' && !name.given))
		.map(formatCslName)
		.filter(Boolean);
	const arxiv = findArxivId(item, raw);
	const date = formatIssued(item) ?? formatRawDate(raw);
	const doi = item.DOI?.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
	const container = item['container-title']?.trim();
	// A preprint server is not a place of publication; name it the way the survey's notes do.
	// Notes name a venue with its year ("NeurIPS 2022"); proceedings titles rarely hold it, the entry's year does.
	const year = date?.slice(0, 4);
	const venue =
		container && /^(?:arxiv\b.*|corr)$/i.test(container)
			? 'arXiv'
			: container && year && !/\b(?:19|20)\d\d\b/.test(container)
				? `${container} ${year}`
				: container;
	return {
		title: formatPlainTitle(readTitle(item, raw)),
		authors,
		...(truncated ? { authorsComplete: false } : {}),
		...(date ? { date } : {}),
		...(arxiv ? { arxiv } : {}),
		...(doi ? { doi } : {}),
		...(venue ? { venue } : {}),
	};
}

// citation-js turns TeX math into HTML ($k$ → <i>k</i>), which loses it; the raw field still has it. Braces outside
// math only protect capitals from BibTeX styles.
function readTitle(item: CSL, raw: Record<string, unknown>): string {
	const title = raw['title'];
	if (typeof title !== 'string' || !title.includes('$')) return item.title!;
	return title
		.split(/(\$[^$]*\$)/)
		.map((part, index) => (index % 2 === 1 ? part : part.replace(/[{}]/g, '')))
		.join('');
}

function findArxivId(item: CSL, raw: Record<string, unknown>): string | undefined {
	const field = (name: string) =>
		typeof raw[name] === 'string' || typeof raw[name] === 'number' ? String(raw[name]) : undefined;
	const eprintType = field('archiveprefix') ?? field('eprinttype');
	const eprint = field('eprint');
	if (eprint && (eprintType === undefined || /^arxiv$/i.test(eprintType))) {
		const id = parseArxivReference(eprint);
		if (id) return id;
	}
	for (const text of [
		item.URL,
		field('url'),
		item['container-title'],
		item.note,
		field('note'),
		field('howpublished'),
	]) {
		const id = text ? (parseArxivReference(text) ?? findArxivIdInText(text)) : undefined;
		if (id) return id;
	}
	return undefined;
}

function formatIssued(item: CSL): string | undefined {
	const parts = item.issued?.['date-parts']?.[0];
	if (!parts) return undefined;
	const [year, month, day] = parts.map((part) => String(part).padStart(2, '0'));
	const date = [year, month, day].filter((part) => part !== undefined).join('-');
	return isPartialDate(date) ? date : undefined;
}

// citation-js does not map BibLaTeX's `date` for every entry type; the raw field is the same fact.
function formatRawDate(raw: Record<string, unknown>): string | undefined {
	const date = typeof raw['date'] === 'string' ? raw['date'].trim() : undefined;
	return date && isPartialDate(date) ? date : undefined;
}
