import type { Attribute } from '../schemas/survey-config.ts';
import type { PaperRecord } from './paper-record.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';

/**
 * Formats rows as RFC 4180 CSV: CRLF line ends, fields quoted when they contain a comma, quote or line break.
 *
 * @example formatCsv([['a', 'b,c']]) // 'a,"b,c"\r\n'
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
	const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
	return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/** `/papers.csv`: one row per paper, newest first, with its attributes (raw values) and its own terms per facet. */
export function buildPapersCsv(
	papers: readonly PaperRecord[],
	attributes: readonly Attribute[],
	index: TaxonomyIndex,
	paperUrl: (slug: string) => string,
): string {
	const header = [
		'slug',
		'url',
		'name',
		'title',
		'authors',
		'date',
		'venue',
		'arxiv',
		'doi',
		...attributes.map((attribute) => (attribute.unit ? `${attribute.id} (${attribute.unit})` : attribute.id)),
		...index.facets.map((entry) => entry.facet.id),
		'added',
		'updated',
	];
	const rows = papers.map((paper) => {
		const { data } = paper;
		const values = data.attributes;
		return [
			paper.slug,
			paperUrl(paper.slug),
			paper.name,
			data.title,
			data.authors.join('; '),
			data.date,
			data.venue ?? '',
			data.arxiv ?? '',
			data.doi ?? '',
			...attributes.map((attribute) => String(values[attribute.id] ?? '')),
			...index.facets.map((entry) => (paper.terms[entry.facet.id] ?? []).join('; ')),
			data.added,
			data.updated ?? '',
		];
	});
	return formatCsv([header, ...rows]);
}
