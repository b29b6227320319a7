import type { PaperData } from '../../schemas/paper.ts';
import { formatAuthors } from '../papers/format-authors.ts';
import { getYear } from '../text/format-date.ts';

/**
 * A bibliography entry in plain text: authors, title, venue and year, and the arXiv id where there is one.
 *
 * @example formatReference({ authors: ['A. One'], authors_complete: true, title: 'T', date: '2024-03', venue: 'ICML 2024' }) // 'A. One. T. ICML 2024.'
 */
export function formatReference(
	data: Pick<PaperData, 'authors' | 'authors_complete' | 'title' | 'date' | 'venue' | 'arxiv' | 'doi'>,
): string {
	const year = String(getYear(data.date));
	const venue = data.venue && !/^arxiv$/i.test(data.venue) ? data.venue : undefined;
	// A venue with its own year ("ICLR 2024") already dates the published version, which may differ from the preprint.
	const where = venue ? (/\b(?:19|20)\d{2}\b/.test(venue) ? venue : `${venue}, ${year}`) : year;
	const parts = [
		formatAuthors(data.authors, { complete: data.authors_complete, max: 6 }).replace(/\.$/, ''),
		data.title.replace(/\.$/, ''),
		where,
		data.arxiv && `arXiv:${data.arxiv}`,
		data.doi && `doi:${data.doi}`,
	];
	return `${parts.filter(Boolean).join('. ')}.`;
}
