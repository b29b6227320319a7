import type { AttributeEvidence, AttributeValue, PaperData } from '../../schemas/paper.ts';
import type { PaperRecord } from '../papers/paper-record.ts';

/** One paper in `/papers.json`: a stable, public shape for scripts and other tools. */
export interface PaperJson {
	slug: string;
	url: string;
	title: string;
	name: string;
	authors: string[];
	authors_complete: boolean;
	date: string;
	arxiv: string | null;
	venue: string | null;
	links: Record<string, string>;
	summary: string;
	/** Facet id → term ids, ancestors included. */
	taxonomy: Record<string, string[]>;
	/** Attribute id → value, with the quote, page and version it was read in where the note gives them. */
	attributes: Record<string, { value: AttributeValue } & Partial<AttributeEvidence>>;
	/** Benchmark results as reported, each with its protocol, inputs, quote, source page and version. */
	results: PaperData['results'];
	added: string;
}

/** Builds the `/papers.json` records, newest first, with absolute URLs. */
export function buildPapersJson(
	papers: readonly PaperRecord[],
	paperUrl: (slug: string) => string,
): PaperJson[] {
	return papers.map((paper) => ({
		slug: paper.slug,
		url: paperUrl(paper.slug),
		title: paper.data.title,
		name: paper.name,
		authors: paper.data.authors,
		authors_complete: paper.data.authors_complete,
		date: paper.data.date,
		arxiv: paper.data.arxiv ?? null,
		venue: paper.data.venue ?? null,
		links: Object.fromEntries(
			Object.entries(paper.data.links).filter(
				(entry): entry is [string, string] => typeof entry[1] === 'string',
			),
		),
		summary: paper.data.summary,
		taxonomy: paper.expandedTerms,
		attributes: Object.fromEntries(
			Object.entries(paper.data.attributes).map(([id, value]) => [
				id,
				{ value, ...paper.data.attribute_evidence[id] },
			]),
		),
		results: paper.data.results,
		added: paper.data.added,
	}));
}
