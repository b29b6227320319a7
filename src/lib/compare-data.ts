import type { Benchmark } from '../schemas/benchmark.ts';
import type { PaperData } from '../schemas/paper.ts';
import type { Attribute } from '../schemas/survey-config.ts';
import { RELATION_PHRASES } from './collect-lineage.ts';
import { formatAttributeValue } from './format-attribute.ts';
import { formatPartialDate } from './format-date.ts';
import { listPaperLinks } from './list-paper-links.ts';
import type { PaperRecord } from './paper-record.ts';
import type { TaxonomyIndex } from './taxonomy-index.ts';

import type { CompareMeta, ComparePaper } from './compare-view.ts';

/** The key a result aligns on across papers. */
export const resultKey = (result: Pick<PaperData['results'][number], 'benchmark' | 'suite' | 'metric'>) =>
	`${result.benchmark}/${result.suite ?? ''}/${result.metric}`;

/** Builds one paper's comparison record. */
export function buildComparePaper(
	paper: Pick<PaperRecord, 'slug' | 'name' | 'data' | 'terms'>,
	attributes: readonly Attribute[],
): ComparePaper {
	const { data } = paper;
	const values = data.attributes;
	return {
		slug: paper.slug,
		name: paper.name,
		title: data.title,
		date: formatPartialDate(data.date),
		...(data.venue && { venue: data.venue }),
		links: listPaperLinks(data),
		terms: paper.terms,
		reasons: data.reasons,
		attributes: Object.fromEntries(
			attributes.flatMap((attribute) => {
				const value = values[attribute.id];
				return value === undefined ? [] : [[attribute.id, formatAttributeValue(attribute, value)]];
			}),
		),
		results: data.results.map((result) => ({
			key: resultKey(result),
			value: result.value,
			source: result.source,
			...(result.setting && { setting: result.setting }),
			...(result.url && { url: result.url }),
		})),
		relations: data.relations.flatMap((relation) =>
			relation.paper ? [{ type: relation.type, paper: relation.paper }] : [],
		),
	};
}

/** Builds the labels every comparison needs once. */
export function buildCompareMeta(
	index: TaxonomyIndex,
	attributes: readonly Attribute[],
	benchmarks: ReadonlyMap<string, Benchmark>,
): CompareMeta {
	const results: Record<string, string> = {};
	for (const [id, benchmark] of benchmarks) {
		for (const suite of [undefined, ...benchmark.suites]) {
			for (const metric of benchmark.metrics) {
				results[resultKey({ benchmark: id, suite: suite?.id, metric: metric.id })] = [
					benchmark.name,
					suite?.label,
					metric.label,
				]
					.filter(Boolean)
					.join(' · ');
			}
		}
	}
	return {
		facets: index.facets.map((entry) => ({
			id: entry.facet.id,
			label: entry.facet.label,
			terms: Object.fromEntries([...entry.terms].map(([id, term]) => [id, term.label])),
		})),
		attributes: attributes.map(({ id, label, description }) => ({ id, label, description })),
		results,
		relations: Object.fromEntries(
			Object.entries(RELATION_PHRASES).map(([type, phrases]) => [type, phrases.forward]),
		),
	};
}
