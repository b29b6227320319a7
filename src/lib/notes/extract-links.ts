import type { PaperData } from '../../schemas/paper.ts';
import { listPaperLinks } from '../papers/list-paper-links.ts';
import type { NoteLink } from './parse-note.ts';

/** An external http(s) address found in a note, with where it came from. */
export interface ExtractedLink {
	url: string;
	/** Path of the note, relative to the survey folder. */
	file: string;
	/** 1-based line, when the source says where the address is. */
	line?: number;
	/** 1-based column, when known. */
	column?: number;
	/** Where in the note: a frontmatter field such as `links.code`, `arxiv` or `doi`, or `body` for the text. */
	field: string;
}

/** The frontmatter fields that carry addresses; chapters have none of them. */
export type LinkFields = Partial<Pick<PaperData, 'arxiv' | 'doi'>> & { links?: Partial<PaperData['links']> };

/** A note to extract addresses from. */
export interface LinkSource {
	/** Path relative to the survey folder. */
	file: string;
	data?: LinkFields;
	/** The addresses of the body, read from its parse (`parseNote(…).note.links`); none when it did not parse. */
	bodyLinks: readonly NoteLink[];
	/** Finds a frontmatter field's position, e.g. `ParsedYaml.locate`; without it frontmatter links have no line. */
	locate?: (path: readonly string[]) => { line: number; column: number };
}

// The labels `listPaperLinks` gives, mapped to the field a contributor would edit. The arXiv PDF is left out: it is
// derived from the same id as the abstract page, so checking it would only double the requests to arXiv.
const FIELD_OF_LABEL: Record<string, string | undefined> = {
	arXiv: 'arxiv',
	DOI: 'doi',
	Code: 'links.code',
	'Project page': 'links.project',
	Data: 'links.data',
};

/**
 * Lists every external http(s) address in a note: the derived arXiv and doi.org pages, every `links.*` field, and
 * the links, images and bare addresses of the body (code is not a link). Each address appears once, at its first
 * place.
 *
 * @example extractLinks({ file: 'content/papers/x.mdx', data: { doi: '10.1/x' }, bodyLinks: [] })
 * // [{ url: 'https://doi.org/10.1/x', file: 'content/papers/x.mdx', field: 'doi' }]
 */
export function extractLinks(source: LinkSource): ExtractedLink[] {
	const found: ExtractedLink[] = [];
	const at = (path: readonly string[]) => {
		if (!source.locate) return {};
		const { line, column } = source.locate(path);
		return { line, column };
	};
	const links = source.data?.links ?? {};
	if (source.data) {
		for (const { label, href } of listPaperLinks({ ...source.data, links })) {
			const field = label === 'PDF' && !source.data.arxiv ? 'links.pdf' : FIELD_OF_LABEL[label];
			if (field) found.push({ url: href, file: source.file, ...at(field.split('.')), field });
		}
	}
	// A PDF outside arXiv is not shown when the paper has an arXiv id, but it is still an address in the note.
	for (const [key, url] of Object.entries(links)) {
		if (typeof url === 'string')
			found.push({ url, file: source.file, ...at(['links', key]), field: `links.${key}` });
	}
	for (const { url, line, column } of source.bodyLinks)
		found.push({ url, file: source.file, line, column, field: 'body' });
	const byUrl = new Map<string, ExtractedLink>();
	for (const link of found) if (isWebUrl(link.url) && !byUrl.has(link.url)) byUrl.set(link.url, link);
	return [...byUrl.values()];
}

function isWebUrl(url: string): boolean {
	try {
		const parsed = new URL(url);
		return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
	} catch {
		return false;
	}
}
