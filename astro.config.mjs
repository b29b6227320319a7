// @ts-check
import { defineConfig } from 'astro/config';
import { atlas } from './src/integration/atlas.ts';
import { resolveSiteDir, resolveSurveyRoot } from './src/survey/survey-root.ts';

export default defineConfig({
	// `site` and `base` are survey.yaml's: the integration validates the survey and sets them (src/integration/atlas.ts).
	trailingSlash: 'always',
	// Astro 7's default 'jsx' compression glues words from adjacent elements together, which breaks search.
	compressHTML: true,
	// ATLAS_OUT_DIR, else another survey's (ATLAS_SURVEY) own dist/, else ./dist; ATLAS_CACHE_DIR a content cache of its own.
	outDir: resolveSiteDir(),
	cacheDir: process.env.ATLAS_CACHE_DIR ?? './node_modules/.astro',
	// The Content-Security-Policy allows no inline code: every stylesheet and script is emitted as a file.
	// Several pages render at once so that one page's file write overlaps the next page's render.
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
	// Astro inlines hoisted scripts smaller than Vite's assetsInlineLimit; 0 keeps them all as files.
	vite: {
		build: {
			assetsInlineLimit: 0,
			rolldownOptions: {
				// Astro's MDX output repeats a harmless warning once per note (withastro/astro#18087); keep the log readable.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	integrations: [atlas({ root: resolveSurveyRoot() })],
});
