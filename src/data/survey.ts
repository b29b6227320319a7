/**
 * The one place pages get survey data from: the survey model validation settled (served by the integration as
 * `virtual:action-atlas/survey`) joined with the content collections that render the notes, turned into typed records
 * with `src/lib`. Memoised, so a build reads each collection once.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { getPaperName } from '../lib/papers/paper-name.ts';
import {
	countPapersByTerm,
	expandPaperTerms,
	filterPapersByTerm,
	sortNewestFirst,
	type PaperRecord,
} from '../lib/papers/paper-record.ts';
import type { PaperReasons } from '../lib/taxonomy/resolve-paper-reasons.ts';
import type { TaxonomyIndex } from '../lib/taxonomy/taxonomy-index.ts';
import type { SurveyConfig } from '../schemas/survey-config.ts';
import type { Benchmark } from '../schemas/benchmark.ts';
import type { Release } from '../schemas/release.ts';
import { compareVersions, getSurveyEdition, type SurveyEdition } from '../lib/survey-edition.ts';
import {
	groupPaperRelations,
	listLinkedPairs,
	type LineageEdge,
	type LineageNode,
	type PaperRelation,
} from '../lib/views/collect-lineage.ts';
import { buildRelatedIndex, type RelatedIndex } from '../lib/papers/find-related-papers.ts';
import { memoize } from '../lib/memoize.ts';
import { pdfFile } from 'virtual:action-atlas/pdf';
import { survey as model } from 'virtual:action-atlas/survey';
import {
	openPaperListItem,
	renderPaperListItemContent,
	type PaperListItemOptions,
} from '../lib/papers/render-paper-list-item.ts';

/** A paper record with the collection entry needed to render its note. */
export interface Paper extends PaperRecord {
	/** The note's reasons keyed by its current term ids. */
	reasons: PaperReasons;
	entry: CollectionEntry<'papers'>;
}

/** Everything the pages need, built once. */
export interface Survey {
	config: SurveyConfig;
	index: TaxonomyIndex;
	/** Newest first. */
	papers: Paper[];
	bySlug: Map<string, Paper>;
	/** In reading order. */
	chapters: CollectionEntry<'chapters'>[];
	/** Benchmark id → benchmark, in name order. */
	benchmarks: Map<string, Benchmark>;
	/** The relations between papers as a graph. */
	lineage: { nodes: LineageNode[]; edges: LineageEdge[] };
	/** Slug → the paper's relations, both ways, phrased from its side. */
	relations: Map<string, PaperRelation[]>;
	/** Papers by term and relation, for each paper page's related papers. */
	related: RelatedIndex<Paper>;
	/** Published versions, newest first. */
	releases: Release[];
	/** The version and date this build stands for. */
	edition: SurveyEdition;
	/** The PDF's file name at the site root when this build writes it; pages link the PDF only then. */
	pdfFile: string | undefined;
	/** The papers under a term, sub-terms included, newest first; computed once per term for all its pages. */
	papersWithTerm: (facetId: string, termId: string) => Paper[];
	/** Papers per term of a facet, ancestors counted; computed once per facet. */
	countsInFacet: (facetId: string) => Map<string, number>;
	/** A paper as an item of a paper list, as HTML; each paper's item is rendered once per heading level. */
	renderListItem: (paper: Paper, options: PaperListItemOptions) => string;
}

let cached: Promise<Survey> | undefined;

/** Loads the survey from the content collections. */
export function getSurvey(): Promise<Survey> {
	cached ??= loadSurveyFromCollections();
	return cached;
}

async function loadSurveyFromCollections(): Promise<Survey> {
	if (!model) throw new Error('survey.yaml has errors: `npm run check` lists them.');
	const { config, index, benchmarks, lineage, papers: settledPapers } = model;
	const [paperEntries, chapterEntries, releaseEntries] = await Promise.all([
		getCollection('papers'),
		getCollection('chapters'),
		getCollection('releases'),
	]);
	const papers = sortNewestFirst(
		paperEntries.flatMap((entry): Paper[] => {
			const settled = settledPapers.get(entry.id);
			if (!settled) {
				// In `npm run dev` a note just added, or not valid, waits for the check that settles it.
				if (import.meta.env.DEV) return [];
				throw new Error(`${entry.id}: the build's validation did not settle this note.`);
			}
			const { terms, reasons } = settled;
			return [
				{
					slug: entry.id,
					data: entry.data,
					name: getPaperName(entry.data),
					terms,
					reasons,
					expandedTerms: expandPaperTerms(terms, index),
					entry,
				},
			];
		}),
	);
	const chapters = [...chapterEntries].sort((a, b) => a.data.order - b.data.order);
	const related = buildRelatedIndex(papers, listLinkedPairs(lineage.edges));
	const withTerm = memoize((facetId: string) =>
		memoize((termId: string) => filterPapersByTerm(papers, facetId, termId)),
	);
	const listItemContent = memoize((level: PaperListItemOptions['level']) =>
		memoize((paper: Paper) => renderPaperListItemContent(paper, index, level)),
	);
	const releases = (releaseEntries[0]?.data.releases ?? []).sort((a, b) =>
		compareVersions(b.version, a.version),
	);
	return {
		config,
		index,
		papers,
		bySlug: new Map(papers.map((paper) => [paper.slug, paper])),
		chapters,
		benchmarks,
		lineage,
		relations: groupPaperRelations(lineage),
		related,
		releases,
		edition: getSurveyEdition(config, papers, releases),
		pdfFile,
		papersWithTerm: (facetId, termId) => withTerm(facetId)(termId),
		countsInFacet: memoize((facetId: string) => countPapersByTerm(papers, facetId)),
		renderListItem: (paper, { level, attributes }) =>
			openPaperListItem(attributes) + listItemContent(level)(paper),
	};
}
