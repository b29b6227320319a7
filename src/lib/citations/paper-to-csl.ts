import type { CSL, CSLName } from '@citation-js/core';
import type { PaperData } from '../../schemas/paper.ts';
import { toCitationKey } from './citation-key.ts';
import { isElision } from '../papers/format-authors.ts';

/**
 * Splits a display name into CSL family and given parts: the last word is the family name, unless the name is
 * written "Family, Given".
 *
 * @example splitPersonName('Ryan A. Rossi') // { given: 'Ryan A.', family: 'Rossi' }
 */
export function splitPersonName(name: string): CSLName {
	const trimmed = name.trim().replace(/\s+/g, ' ');
	if (trimmed.includes(',')) {
		const [family, given] = trimmed.split(',', 2).map((part) => part.trim());
		return given ? { family: family!, given } : { family: family! };
	}
	const words = trimmed.split(' ');
	if (words.length === 1) return { literal: trimmed };
	return { family: words.at(-1)!, given: words.slice(0, -1).join(' ') };
}

/** Venues that are preprint servers rather than places of publication. */
const PREPRINT_VENUE = /^(?:arxiv|preprint)$/i;

/** Words that name a journal rather than a conference: such a paper is an `@article` in its `journal`. */
const JOURNAL_VENUE =
	/\b(?:journal|transactions|letters|magazine|review|nature|science|cell|pnas|jmlr|tmlr|ijrr|pami|t-ro|ra-l|plos)\b/i;

/**
 * How a paper's free-text venue is cited: a journal (by the words in {@link JOURNAL_VENUE}) becomes CSL's
 * `article-journal`, named without the year the date already gives ("Nature 2021" → "Nature"); anything else is a
 * conference paper, cited by the venue as written ("ICML 2024").
 *
 * @example classifyVenue('Nature 2021') // { type: 'article-journal', name: 'Nature' }
 */
export function classifyVenue(venue: string): { type: 'article-journal' | 'paper-conference'; name: string } {
	if (!JOURNAL_VENUE.test(venue)) return { type: 'paper-conference', name: venue };
	return { type: 'article-journal', name: venue.replace(/[\s,]+(?:19|20)\d\d$/, '') || venue };
}

/**
 * Describes a paper as a CSL-JSON item, the common input of citation-js (BibTeX) and reference managers. The
 * citation key comes from the slug (see {@link toCitationKey}), so it stays stable across builds.
 */
export function paperToCsl(paper: { slug: string; data: PaperData }, pageUrl: string): CSL {
	const { data } = paper;
	const dateParts = data.date.split('-').map(Number) as
		[number] | [number, number] | [number, number, number];
	const venue = data.venue && !PREPRINT_VENUE.test(data.venue) ? classifyVenue(data.venue) : undefined;
	const item: CSL = {
		id: paper.slug,
		'citation-key': toCitationKey(paper.slug),
		type: venue?.type ?? 'article',
		title: data.title,
		author: data.authors.filter((author) => !isElision(author)).map(splitPersonName),
		issued: { 'date-parts': [dateParts] },
		URL: data.arxiv ? `https://arxiv.org/abs/${data.arxiv}` : (data.links.project ?? pageUrl),
	};
	if (venue) item['container-title'] = venue.name;
	if (data.arxiv) {
		item.publisher = 'arXiv';
		item.number = data.arxiv;
	}
	if (data.doi) item.DOI = data.doi;
	if (data.summary) item.abstract = data.summary;
	return item;
}
