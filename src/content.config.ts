import { defineCollection } from 'astro:content';
import { ChapterSchema } from './schemas/chapter.ts';
import { PaperSchema } from './schemas/paper.ts';
import { ReleaseSchema } from './schemas/release.ts';
import { createPaperNoteRenderer } from './markdown/satteri-notes.ts';
import { noteLoader } from './survey/note-loader.ts';
import { optionalCollection } from './survey/optional-collection.ts';
import { resolveSurveyPaths } from './survey/survey-paths.ts';
import { resolveSurveyRoot } from './survey/survey-root.ts';
import { readReleaseManifests } from './survey/read-releases.ts';
import { z } from 'astro/zod';
// survey.yaml as the integration's validation read it: the site's base and site, for the URLs citations link to.
import { config } from 'virtual:action-atlas/config';

const paths = resolveSurveyPaths(resolveSurveyRoot());

/*
 * Only what pages render is a collection: the notes and chapters (their bodies) and the releases. survey.yaml, the
 * facets and the benchmarks reach pages in the survey model the integration validated (src/data/survey.ts).
 */

/**
 * Paper notes; validated in full (taxonomy included) by the integration before this loader runs. Notes without MDX
 * syntax render with Astro's native Markdown pipeline into the content cache, their HTML in files beside the data
 * store (pages render them with NoteContent); the others stay MDX modules.
 */
const papers = defineCollection({
	loader: noteLoader({
		base: paths.papers,
		createRenderer: createPaperNoteRenderer({ base: config?.base ?? '/', site: config?.site }),
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

export const collections = { papers, chapters, releases };
