import { escapeHtmlAttribute, escapeHtmlText } from '../text/escape-html.ts';
import { formatAuthors } from './format-authors.ts';
import { formatPartialDate } from '../text/format-date.ts';
import { splitDisplayTitle } from './paper-name.ts';
import type { PaperRecord } from './paper-record.ts';
import { getPaperPath, getTermPath, sitePath } from '../site-url.ts';
import { getFacetClass, getTermLabel, type TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';

/** How a list shows its papers: the heading level of titles and any attributes the list item carries. */
export interface PaperListItemOptions {
	/** Heading level of the title, so lists nest correctly under the page's headings. */
	level: 2 | 3;
	/** Extra attributes for the list item, e.g. data for the paper browser. */
	attributes?: Readonly<Record<string, string>>;
}

/** The list item's opening tag, with its attributes. */
export function openPaperListItem(attributes: Readonly<Record<string, string>> = {}): string {
	const extra = Object.entries(attributes)
		.map(([name, value]) => ` ${name}="${escapeHtmlAttribute(value)}"`)
		.join('');
	return `<li class="paper-item"${extra}>`;
}

/**
 * A paper as an item of a paper list (title, byline, summary, tag chips), as HTML: everything after the item's
 * opening tag ({@link openPaperListItem}), which is the same in every list that uses the heading level.
 *
 * A string rather than an Astro component because one paper appears in many lists (the paper list, and the page
 * of every term it has, ancestors included): a component would render the same item once per list, while the
 * survey renders each paper's string once and every list reuses it (`getSurvey().renderListItem`). Its spaces are
 * the ones Astro's template would write, so the pages read as if a component had written them.
 */
export function renderPaperListItemContent(
	paper: Pick<PaperRecord, 'slug' | 'name' | 'data' | 'terms'>,
	index: TaxonomyIndex,
	level: PaperListItemOptions['level'],
): string {
	const { data } = paper;
	const { lead, rest } = splitDisplayTitle(paper.name, data.title);
	const name = lead ? `<span class="paper-name">${escapeHtmlText(lead)}: </span>` : '';
	const authors = formatAuthors(data.authors, { complete: data.authors_complete, max: 4 });
	const venue = data.venue ? ` · ${escapeHtmlText(data.venue)}` : '';
	const href = escapeHtmlAttribute(sitePath(getPaperPath(paper.slug)));
	return (
		` <h${level}> <a href="${href}"> ${name} ${escapeHtmlText(rest)} </a> </h${level}> ` +
		`<p class="byline"> ${escapeHtmlText(authors)} ·  ` +
		`<time datetime="${escapeHtmlAttribute(data.date)}">${escapeHtmlText(formatPartialDate(data.date))}</time> ${venue} </p> ` +
		`<p class="summary">${escapeHtmlText(data.summary)}</p> ` +
		`${renderTagChips(paper.terms, index)} </li>`
	);
}

/** A paper's tags as one row of chips linking to their term pages. */
function renderTagChips(terms: PaperRecord['terms'], index: TaxonomyIndex): string {
	const chips = index.facets.flatMap((entry) =>
		(terms[entry.facet.id] ?? []).map(
			(term) =>
				`<li> <a class="chip ${getFacetClass(index, entry.facet.id)}" ` +
				`href="${escapeHtmlAttribute(sitePath(getTermPath(entry.facet.id, term)))}" ` +
				`title="${escapeHtmlAttribute(entry.facet.label)}"> ${escapeHtmlText(getTermLabel(index, entry.facet.id, term))} </a> </li>`,
		),
	);
	return `<ul class="chips" aria-label="Tags"> ${chips.join('')} </ul>`;
}
