/**
 * The floor issue #10 measures against: the same synthetic notes built by a minimal Astro site, with this
 * repository's own Astro, MDX integration and Pagefind. A glob collection of the notes as Markdown with a zod schema,
 * one page per note, per facet and per term, a search page, then the Pagefind CLI over `dist/`. Nothing else: no
 * validation, citations, related papers, feeds or exports. It is what a maintainer would get from the Astro docs in
 * an afternoon, and what a generator that does more should not be much slower than.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_NODE, REPO_ROOT } from './bench-paths';
import type { BuildCommand, BuildPhase } from './profile-build';

const FILES: Record<string, string> = {
	'package.json': `${JSON.stringify({ name: 'baseline-site', private: true, type: 'module' }, null, '\t')}\n`,
	'astro.config.mjs': `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
	site: 'https://example.org',
	trailingSlash: 'always',
	integrations: [mdx()],
});
`,
	'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const papers = defineCollection({
	loader: glob({ pattern: '*.md', base: './notes' }),
	schema: z.looseObject({
		title: z.string(),
		authors: z.array(z.string()),
		date: z.coerce.string(),
		summary: z.string(),
		taxonomy: z.record(z.string(), z.array(z.string())),
	}),
});

const facets = defineCollection({
	loader: glob({ pattern: '*.yaml', base: './taxonomy' }),
	schema: z.looseObject({
		label: z.string(),
		terms: z.array(z.looseObject({ id: z.string(), label: z.string() })),
	}),
});

export const collections = { papers, facets };
`,
	'src/layouts/Page.astro': `---
const { title } = Astro.props;
---
<!doctype html>
<html lang="en">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width" />
		<title>{title}</title>
	</head>
	<body>
		<header><a href="/">Home</a> · <a href="/search/">Search</a></header>
		<main><slot /></main>
	</body>
</html>
`,
	'src/pages/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../layouts/Page.astro';
const facets = await getCollection('facets');
---
<Page title="Survey">
	<h1>Survey</h1>
	<ul>{facets.map((facet) => <li><a href={\`/taxonomy/\${facet.id}/\`}>{facet.data.label}</a></li>)}</ul>
</Page>
`,
	'src/pages/papers/[slug].astro': `---
import { getCollection, render } from 'astro:content';
import Page from '../../layouts/Page.astro';
export async function getStaticPaths() {
	const papers = await getCollection('papers');
	return papers.map((paper) => ({ params: { slug: paper.id }, props: { paper } }));
}
const { paper } = Astro.props;
const { Content } = await render(paper);
---
<Page title={paper.data.title}>
	<article>
		<h1>{paper.data.title}</h1>
		<p>{paper.data.authors.join(', ')} · {paper.data.date}</p>
		<p>{paper.data.summary}</p>
		<ul>{Object.entries(paper.data.taxonomy).flatMap(([facet, terms]) => terms.map((term) => <li><a href={\`/taxonomy/\${facet}/\${term}/\`}>{term}</a></li>))}</ul>
		<Content />
	</article>
</Page>
`,
	'src/pages/taxonomy/[facet]/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../../../layouts/Page.astro';
export async function getStaticPaths() {
	const facets = await getCollection('facets');
	return facets.map((facet) => ({ params: { facet: facet.id }, props: { facet } }));
}
const { facet } = Astro.props;
const papers = await getCollection('papers');
---
<Page title={facet.data.label}>
	<h1>{facet.data.label}</h1>
	<ul>{facet.data.terms.map((term) => <li><a href={\`/taxonomy/\${facet.id}/\${term.id}/\`}>{term.label}</a> ({papers.filter((paper) => paper.data.taxonomy[facet.id]?.includes(term.id)).length})</li>)}</ul>
</Page>
`,
	'src/pages/taxonomy/[facet]/[term]/index.astro': `---
import { getCollection } from 'astro:content';
import Page from '../../../../layouts/Page.astro';
export async function getStaticPaths() {
	const facets = await getCollection('facets');
	return facets.flatMap((facet) => facet.data.terms.map((term) => ({ params: { facet: facet.id, term: term.id }, props: { facet, term } })));
}
const { facet, term } = Astro.props;
const papers = (await getCollection('papers')).filter((paper) => paper.data.taxonomy[facet.id]?.includes(term.id));
---
<Page title={term.label}>
	<h1>{term.label} ({facet.data.label})</h1>
	<ul>{papers.map((paper) => <li><a href={\`/papers/\${paper.id}/\`}>{paper.data.title}</a> · {paper.data.date}</li>)}</ul>
</Page>
`,
	'src/pages/404.astro': `---
import Page from '../layouts/Page.astro';
---
<Page title="Not found"><h1>Not found</h1></Page>
`,
	'src/pages/search.astro': `---
import Page from '../layouts/Page.astro';
---
<Page title="Search">
	<h1>Search</h1>
	<p data-search-status>Loading…</p>
	<ol data-search-results></ol>
	<script src="/search.js" type="module"></script>
</Page>
`,
	// Pagefind's own JavaScript API, as its docs show it: the query, then the first ten results' fragments.
	'public/search.js': `const query = new URLSearchParams(location.search).get('q') ?? '';
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
const pagefind = await import('/pagefind/pagefind.js');
const search = await pagefind.search(query);
const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
for (const result of results) {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	link.textContent = result.meta.title;
	const excerpt = document.createElement('p');
	excerpt.innerHTML = result.excerpt;
	item.append(link, excerpt);
	list.append(item);
}
status.textContent = search.results.length + ' results for “' + query + '”.';
`,
};

/** Phases of the baseline build, as its log shows them. */
const BASELINE_PHASES: readonly BuildPhase[] = [
	{ id: 'startup', label: 'Startup and config' },
	{ id: 'content', label: 'Content sync, types, build info', starts: /\[content\] Syncing content/ },
	{ id: 'bundle', label: 'Vite bundle', starts: /\[build\] Building static entrypoints/ },
	{ id: 'render', label: 'Render pages', starts: /generating static routes/ },
	{ id: 'pagefind', label: 'Pagefind CLI', starts: /Running Pagefind/, search: true },
];

/**
 * Writes the minimal site for the survey in `surveyDir` to `siteDir` (replacing it) and returns the command that
 * builds it: `astro build`, then `pagefind --site dist`, as one process tree so that its peak memory is one figure.
 */
export function writeBaselineSite(surveyDir: string, siteDir: string, logFile: string): BuildCommand {
	rmSync(siteDir, { recursive: true, force: true });
	for (const [file, text] of Object.entries(FILES)) {
		mkdirSync(join(siteDir, file, '..'), { recursive: true });
		writeFileSync(join(siteDir, file), text);
	}
	mkdirSync(join(siteDir, 'notes'));
	const papers = join(surveyDir, 'content', 'papers');
	// The notes as written, as Markdown: the plain content-layer path a minimal site uses.
	for (const name of readdirSync(papers).filter((file) => file.endsWith('.mdx')))
		copyFileSync(join(papers, name), join(siteDir, 'notes', name.replace(/\.mdx$/, '.md')));
	mkdirSync(join(siteDir, 'taxonomy'));
	for (const name of readdirSync(join(surveyDir, 'taxonomy')))
		copyFileSync(join(surveyDir, 'taxonomy', name), join(siteDir, 'taxonomy', name));
	const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const pagefind = join(REPO_ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
	return {
		argv: ['sh', '-c', `"$0" "$1" build && "$0" "$2" --site dist`, BUILD_NODE, astro, pagefind],
		cwd: siteDir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		logFile,
		phases: BASELINE_PHASES,
	};
}
