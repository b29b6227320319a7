import type { PaperData } from '../../schemas/paper.ts';
import { isElision } from '../papers/format-authors.ts';

/**
 * Highwire Press `citation_*` tags, the metadata reference managers (Zotero's connector, Google Scholar) read from a
 * page. Returns name/content pairs in a fixed order.
 */
export function buildHighwireTags(data: PaperData): [string, string][] {
	const tags: [string, string][] = [['citation_title', data.title]];
	for (const author of data.authors.filter((name) => !isElision(name)))
		tags.push(['citation_author', author]);
	tags.push(['citation_publication_date', data.date.replace(/-/g, '/')]);
	if (data.arxiv) {
		tags.push(['citation_arxiv_id', data.arxiv]);
		tags.push(['citation_pdf_url', `https://arxiv.org/pdf/${data.arxiv}`]);
	} else if (data.links.pdf) tags.push(['citation_pdf_url', data.links.pdf]);
	if (data.doi) tags.push(['citation_doi', data.doi]);
	if (data.venue && !/^arxiv$/i.test(data.venue)) tags.push(['citation_conference_title', data.venue]);
	return tags;
}

/** A schema.org `ScholarlyArticle` for the page's JSON-LD. */
export function buildScholarlyArticle(
	data: PaperData,
	pageUrl: string,
	name: string,
): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': 'ScholarlyArticle',
		headline: data.title,
		name,
		author: data.authors
			.filter((author) => !isElision(author))
			.map((author) => ({ '@type': 'Person', name: author })),
		datePublished: data.date,
		abstract: data.summary,
		url: pageUrl,
		...(data.arxiv && { sameAs: `https://arxiv.org/abs/${data.arxiv}` }),
		...(data.doi && { identifier: `https://doi.org/${data.doi}` }),
		...(data.venue &&
			!/^arxiv$/i.test(data.venue) && { isPartOf: { '@type': 'PublicationEvent', name: data.venue } }),
	};
}

/** Serialises JSON for a `<script type="application/ld+json">`, escaping `<` so no text can close the script. */
export function serializeJsonLd(value: unknown): string {
	return JSON.stringify(value).replace(/</g, '\\u003c');
}
