import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { BenchmarkSchema } from './schemas/benchmark.ts';
import { ChapterSchema } from './schemas/chapter.ts';
import { FacetSchema } from './schemas/facet.ts';
import { PaperSchema } from './schemas/paper.ts';
import { ReleaseSchema } from './schemas/release.ts';
import { SurveyConfigSchema } from './schemas/survey-config.ts';
import { createPaperNoteRenderer } from './markdown/satteri-notes.ts';
import { noteLoader } from './survey/note-loader.ts';
import { optionalCollection } from './survey/optional-collection.ts';
import { readSurveyConfig } from './survey/read-survey-config.ts';
import { parseYaml, readUtf8 } from './survey/read-source.ts';
import { resolveSurveyPaths } from './survey/survey-paths.ts';
import { resolveSurveyRoot } from './survey/survey-root.ts';
import { readReleaseManifests } from './survey/read-releases.ts';
import { z } from 'astro/zod';

const root = resolveSurveyRoot();
const paths = resolveSurveyPaths(root);
// The same base and site as astro.config.mjs, for the URLs citations link to.
const surveyConfig = readSurveyConfig(root);
// The slug is the file name as written: it is the public URL, so no slugger may rewrite it.
const fileNameId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx|yaml)$/, '');

/** A collection with one entry per file of `folder` matching `pattern`, its id the file name. */
const fromFiles = <S extends z.ZodType>(pattern: string, folder: string, schema: S) =>
	defineCollection({ loader: glob({ pattern, base: folder, generateId: fileNameId }), schema });

/**
 * Paper notes; validated in full (taxonomy included) by the integration before this loader runs. Notes without MDX
 * syntax render with Astro's native Markdown pipeline into the content cache, their HTML in files beside the data
 * store (pages render them with NoteContent); the others stay MDX modules.
 */
const papers = defineCollection({
	loader: noteLoader({
		base: paths.papers,
		createRenderer: createPaperNoteRenderer({
			base: surveyConfig?.base ?? '/',
			site: surveyConfig?.site ?? 'https://example.org',
		}),
		htmlInFiles: true,
	}),
	schema: PaperSchema,
});

/**
 * Survey chapters, in reading order by `order`; the same loader, so chapters without views render as Markdown. A
 * survey may have none: no folder is an empty collection, with no warning.
 */
const chapters = defineCollection({
	loader: optionalCollection(noteLoader({ base: paths.chapters }), paths.chapters, '.mdx'),
	schema: ChapterSchema,
});

/** One entry per facet file in `taxonomy/`. */
const facets = fromFiles('*.yaml', paths.taxonomy, FacetSchema);
/** Benchmarks that paper `results` refer to, one file each in `content/benchmarks/`; optional, like chapters. */
const benchmarks = defineCollection({
	loader: optionalCollection(
		glob({ pattern: '*.yaml', base: paths.benchmarks, generateId: fileNameId }),
		paths.benchmarks,
		'.yaml',
	),
	schema: BenchmarkSchema,
});

/** Published versions, one `releases/<version>/release.json` each, as a single entry so an empty list is no warning. */
const releases = defineCollection({
	loader: {
		name: 'survey-releases',
		load: async (context) => {
			context.store.clear();
			const data = { releases: readReleaseManifests(paths.releases) };
			context.store.set({ id: 'all', data: await context.parseData({ id: 'all', data }) });
		},
	},
	schema: z.object({ releases: z.array(ReleaseSchema) }),
});

/** The survey's own settings, `survey.yaml`, as a single entry with id `survey`. */
const survey = defineCollection({
	loader: {
		name: 'survey-config',
		load: async (context) => {
			const source = readUtf8(paths.config);
			const data = (source ? parseYaml(source.text).data : {}) as Record<string, unknown>;
			context.store.clear();
			context.store.set({ id: 'survey', data: await context.parseData({ id: 'survey', data }) });
		},
	},
	schema: SurveyConfigSchema,
});

export const collections = { papers, chapters, facets, survey, benchmarks, releases };
