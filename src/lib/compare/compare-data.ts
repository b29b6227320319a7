import type { Benchmark } from '../../schemas/benchmark.ts';
import type { PaperData } from '../../schemas/paper.ts';
import type { Attribute } from '../../schemas/survey-config.ts';
import { RELATION_PHRASES } from '../views/collect-lineage.ts';
import { formatAttributeValue } from '../results/format-attribute.ts';
import { listDeclaredInputs } from '../results/rank-results.ts';
import { formatPartialDate } from '../text/format-date.ts';
import { listPaperLinks } from '../papers/list-paper-links.ts';
import type { PaperRecord } from '../papers/paper-record.ts';
import type { PaperReasons } from '../taxonomy/resolve-paper-reasons.ts';
import type { TaxonomyIndex } from '../taxonomy/taxonomy-index.ts';

import type { CompareMeta, ComparePaper } from './compare-view.ts';

/** The key a result aligns on across papers: results of different protocols never share a row. */
export const resultKey = (
	result: Pick<PaperData['results'][number], 'benchmark' | 'protocol' | 'suite' | 'metric'>,
) => `${result.benchmark}/${result.protocol ?? ''}/${result.suite ?? ''}/${result.metric}`;

/**
 * Builds one paper's comparison record from its terms and reasons as validation resolved them: keyed by current term
 * ids, as `meta`'s labels are.
 */
export function buildComparePaper(
	paper: Pick<PaperRecord, 'slug' | 'name' | 'data' | 'terms'> & { reasons: PaperReasons },
	attributes: readonly Attribute[],
	benchmarks: ReadonlyMap<string, Pick<Benchmark, 'inputs'>>,
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
		reasons: paper.reasons,
		attributes: Object.fromEntries(
			attributes.flatMap((attribute) => {
				const value = values[attribute.id];
				return value === undefined ? [] : [[attribute.id, formatAttributeValue(attribute, value)]];
			}),
		),
		attributeEvidence: data.attribute_evidence,
		results: data.results.map((result) => ({
			key: resultKey(result),
			value: result.value,
			...(result.inputs && {
				inputs: listDeclaredInputs(benchmarks.get(result.benchmark) ?? { inputs: [] }, result.inputs)!.map(
					(input) => input.label.toLowerCase(),
				),
			}),
			...(result.unranked && { unranked: result.unranked }),
			...(result.setting && { setting: result.setting }),
			evidence: { quote: result.quote, url: result.url, version: result.version, source: result.source },
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
		for (const protocol of [undefined, ...benchmark.protocols])
			for (const suite of [undefined, ...benchmark.suites])
				for (const metric of benchmark.metrics)
					results[resultKey({ benchmark: id, protocol: protocol?.id, suite: suite?.id, metric: metric.id })] =
						[benchmark.name, protocol?.label, suite?.label, metric.label].filter(Boolean).join(' · ');
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
