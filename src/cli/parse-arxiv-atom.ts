import { formatPlainTitle } from '../lib/format-plain-title.ts';
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
}

/** What an arXiv API answer says: a paper, no such paper, or an error the API reported about the query. */
export type ArxivAtomResult =
	| { kind: 'paper'; paper: ArxivPaper }
	| { kind: 'not-found' }
	| { kind: 'api-error'; message: string }
	| { kind: 'unreadable'; reason: string };

// Keep every value as text: an id such as 2402.10000 or a title such as "1984" must not become a number.
const parser = new XMLParser({
	ignoreAttributes: true,
	removeNSPrefix: true,
	parseTagValue: false,
	isArray: (name) => name === 'entry' || name === 'author',
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
	return {
		kind: 'paper',
		paper: {
			title,
			authors,
			date: published.slice(0, 10),
			arxiv,
			...(doi ? { doi } : {}),
			...(journalRef ? { journalRef } : {}),
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
