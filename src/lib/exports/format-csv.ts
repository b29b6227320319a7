import type { Attribute } from '../../schemas/survey-config.ts';
import type { Evidence } from '../results/format-evidence.ts';
import type { PaperRecord } from '../papers/paper-record.ts';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';

/**
 * Formats rows as RFC 4180 CSV: CRLF line ends, fields quoted when they contain a comma, quote or line break.
 *
 * @example formatCsv([['a', 'b,c']]) // 'a,"b,c"\r\n'
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
	const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
	return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

/**
 * `/papers.csv`: one row per paper, newest first, with its attributes (raw values, and for numbers the quote and
 * page they were read in) and its own terms per facet.
 */
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
		...attributes.flatMap((attribute) => [
			attribute.unit ? `${attribute.id} (${attribute.unit})` : attribute.id,
			...(isNumeric(attribute) ? [`${attribute.id} quote`, `${attribute.id} source`] : []),
		]),
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
			...attributes.flatMap((attribute) => {
				const evidence = data.attribute_evidence[attribute.id];
				return [
					String(values[attribute.id] ?? ''),
					...(isNumeric(attribute) ? [evidence?.quote ?? '', evidence ? sourceOf(evidence) : ''] : []),
				];
			}),
			...index.facets.map((entry) => (paper.terms[entry.facet.id] ?? []).join('; ')),
			data.added,
			data.updated ?? '',
		];
	});
	return formatCsv([header, ...rows]);
}

const isNumeric = (attribute: Attribute) => attribute.type === 'number' || attribute.type === 'integer';
const sourceOf = (evidence: Pick<Evidence, 'url' | 'version'>) => `${evidence.url} (${evidence.version})`;

/**
 * `/results.csv`: one row per reported result, in paper order, with everything that decides whether two results
 * compare (benchmark, protocol, suite, inputs) and the words, page and version each number was read in.
 */
export function buildResultsCsv(papers: readonly PaperRecord[], paperUrl: (slug: string) => string): string {
	const header = [
		'slug',
		'url',
		'name',
		'benchmark',
		'protocol',
		'unranked',
		'suite',
		'inputs',
		'metric',
		'value',
		'quote',
		'source',
		'source url',
		'version',
		'setting',
		'reproduced by',
	];
	const rows = papers.flatMap((paper) =>
		paper.data.results.map((result) => [
			paper.slug,
			paperUrl(paper.slug),
			paper.name,
			result.benchmark,
			result.protocol ?? '',
			result.unranked ?? '',
			result.suite ?? '',
			(result.inputs ?? []).join('; '),
			result.metric,
			String(result.value),
			result.quote,
			result.source,
			result.url,
			result.version,
			result.setting ?? '',
			result.reproduced_by ?? '',
		]),
	);
	return formatCsv([header, ...rows]);
}
