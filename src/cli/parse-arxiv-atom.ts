import { formatPlainTitle } from './format-plain-title.ts';
import { XMLParser } from 'fast-xml-parser';
import { parseArxivReference } from './parse-arxiv-reference.ts';
import { isRecord } from '../lib/is-record.ts';

/** The facts about one paper that the arXiv API reports and a note needs. */
export interface ArxivPaper {
	title: string;
	authors: string[];
	/** Date of the first version, `YYYY-MM-DD` (arXiv's `published`, in UTC). */
	date: string;
	/** arXiv id without version. */
	arxiv: string;
	doi?: string;
	/** The authors' own reference to the published version, e.g. "ICML 2024". */
	journalRef?: string;
	/** The abstract, on one line. */
	abstract?: string;
	/** arXiv categories, primary first, e.g. `cs.RO`. */
	categories?: string[];
}

/** What an arXiv API answer says: a paper, no such paper, or an error the API reported about the query. */
export type ArxivAtomResult =
	| { kind: 'paper'; paper: ArxivPaper }
	| { kind: 'not-found' }
	| { kind: 'api-error'; message: string }
	| { kind: 'unreadable'; reason: string };

// Keep every value as text: an id such as 2402.10000 or a title such as "1984" must not become a number.
const parser = new XMLParser({
	removeNSPrefix: true,
	parseTagValue: false,
	isArray: (name) => name === 'entry' || name === 'author' || name === 'category',
	ignoreAttributes: false,
});

/**
 * Reads the Atom feed the arXiv API returns for `id_list=<one id>`. Pure: the caller fetches the text. A feed with
 * no entry, or an entry without id or title, means arXiv has no such paper.
 */
export function parseArxivAtom(xml: string): ArxivAtomResult {
	// The parser is lenient and fetch only resolves complete bodies, so a missing <feed> is what marks a non-answer
	// (an HTML error page or a plain-text rate-limit message).
	const document = parser.parse(xml) as { feed?: { entry?: unknown[] } };
	if (!isRecord(document.feed)) return { kind: 'unreadable', reason: 'not an Atom feed' };
	const entry = document.feed.entry?.[0];
	if (!isRecord(entry)) return { kind: 'not-found' };
	const read = readEntry(entry);
	if (read.kind !== 'paper') return read;
	const { abstract: _abstract, categories: _categories, ...paper } = read.paper;
	return { kind: 'paper', paper };
}

/** What a query's feed holds: its papers, or why it holds none. */
export type ArxivFeedResult =
	| { kind: 'feed'; papers: ArxivPaper[] }
	| { kind: 'api-error'; message: string }
	| { kind: 'unreadable'; reason: string };

/**
 * Reads the Atom feed of an arXiv API search (`search_query=…`): every entry with its abstract and categories.
 * Entries without id or title are skipped. Pure: the caller fetches the text, or reads a saved file.
 */
export function parseArxivFeed(xml: string): ArxivFeedResult {
	const document = parser.parse(xml) as { feed?: { entry?: unknown[] } };
	if (!isRecord(document.feed)) return { kind: 'unreadable', reason: 'not an Atom feed' };
	const papers: ArxivPaper[] = [];
	for (const entry of document.feed.entry ?? []) {
		if (!isRecord(entry)) continue;
		const read = readEntry(entry);
		if (read.kind === 'api-error' || read.kind === 'unreadable') return read;
		if (read.kind === 'paper') papers.push(read.paper);
	}
	return { kind: 'feed', papers };
}

function readEntry(entry: Record<string, unknown>): ArxivAtomResult {
	const id = textOf(entry['id']);
	// The API reports problems with a query as a pseudo-entry whose id points into its error documentation.
	if (/\/api\/errors/.test(id)) return { kind: 'api-error', message: textOf(entry['summary']) || id };
	const arxiv = parseArxivReference(id);
	const title = formatPlainTitle(textOf(entry['title']));
	if (!arxiv || !title) return { kind: 'not-found' };

	const published = textOf(entry['published']);
	if (!/^\d{4}-\d{2}-\d{2}/.test(published))
		return { kind: 'unreadable', reason: `the entry's publication date "${published}" is not a date` };
	const authors = (Array.isArray(entry['author']) ? entry['author'] : [])
		.map((author) => (isRecord(author) ? textOf(author['name']) : ''))
		.filter((name) => name !== '');
	const doi = textOf(entry['doi']);
	const journalRef = textOf(entry['journal_ref']);
	const abstract = textOf(entry['summary']);
	const categories = (Array.isArray(entry['category']) ? entry['category'] : [])
		.map((category) => (isRecord(category) ? textOf(category['@_term']) : ''))
		.filter((term) => term !== '');
	return {
		kind: 'paper',
		paper: {
			title,
			authors,
			date: published.slice(0, 10),
			arxiv,
			...(doi ? { doi } : {}),
			...(journalRef ? { journalRef } : {}),
			...(abstract ? { abstract } : {}),
			...(categories.length > 0 ? { categories } : {}),
		},
	};
}

// arXiv wraps long titles and names over several lines with indentation; readers see single spaces.
function textOf(value: unknown): string {
	const text =
		typeof value === 'string' || typeof value === 'number'
			? String(value)
			: isRecord(value)
				? textOf(value['#text'])
				: '';
	return text.replace(/\s+/g, ' ').trim();
}
