/**
 * Builds a path on the site: a path relative to the site's root, joined to the base path the site is served under
 * (Astro's `base`, e.g. `/atlas/`). Every link and fetch of the site goes through here, so that a survey served
 * under a sub-path works everywhere. Outside Vite (the integration, the CLIs), pass the configured base.
 *
 * @example sitePath('papers/codeact/', '/atlas/') // '/atlas/papers/codeact/'
 */
export function sitePath(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}

/**
 * The absolute URL of a path on the deployed site, for feeds, exports and canonical links.
 *
 * @example siteUrl('papers/codeact/', 'https://example.org', '/atlas/') // 'https://example.org/atlas/papers/codeact/'
 */
export function siteUrl(path: string, site: URL | string | undefined, base?: string): string {
	return new URL(sitePath(path, base), site).href;
}

// Every public path of the site, relative to its root (pass it to sitePath or siteUrl). Published URLs never change
// (README, "Public URLs"), so each is written here once and nowhere else.

/** The paper browser, `/papers/`: the list of every paper, with its filters in the query string. */
export const PAPERS_PATH = 'papers/';

/**
 * A paper's page.
 * @example getPaperPath('codeact') // 'papers/codeact/'
 */
export function getPaperPath(slug: string): string {
	return `${PAPERS_PATH}${slug}/`;
}

/**
 * A chapter's page.
 * @example getChapterPath('tokenization') // 'chapters/tokenization/'
 */
export function getChapterPath(slug: string): string {
	return `chapters/${slug}/`;
}

/**
 * A facet's page: its tagging rule and its term tree.
 * @example getFacetPath('hierarchy') // 'taxonomy/hierarchy/'
 */
export function getFacetPath(facetId: string): string {
	return `taxonomy/${facetId}/`;
}

/**
 * A term's page; its feed and BibTeX sit inside it (`feed.xml`, `papers.bib`).
 * @example getTermPath('hierarchy', 'planner-executor') // 'taxonomy/hierarchy/planner-executor/'
 */
export function getTermPath(facetId: string, termId: string): string {
	return `${getFacetPath(facetId)}${termId}/`;
}

/**
 * A benchmark's leaderboard.
 * @example getBenchmarkPath('libero') // 'benchmarks/libero/'
 */
export function getBenchmarkPath(id: string): string {
	return `benchmarks/${id}/`;
}

/**
 * Page `number` of a paginated paper list (`papers/`, a term's page): page 1 is the list's own path, page N is
 * `<list>page/N/`. The `page/` segment keeps the pages apart from what the list's path holds besides them: a paper
 * slug may be all digits (`/papers/2/` could be a paper), and a term page holds its feed and BibTeX.
 * @example getListPagePath('papers/', 2) // 'papers/page/2/'
 */
export function getListPagePath(listPath: string, number: number): string {
	return number === 1 ? listPath : `${listPath}page/${number}/`;
}

/**
 * Page `number` of `/table/`: page N is `table/N/`, with no `page/` segment, unlike the paper lists. Nothing else
 * lives under `/table/` but `data.json`, so the number cannot clash, and Astro's `paginate()` on a `[...page]`
 * route writes exactly these paths; both forms are published, so neither changes now.
 * @example getTablePagePath(2) // 'table/2/'
 */
export function getTablePagePath(number: number): string {
	return number === 1 ? 'table/' : `table/${number}/`;
}

/**
 * Where `/compare/` fetches one paper's record.
 * @example getCompareDataPath('codeact') // 'compare/data/codeact.json'
 */
export function getCompareDataPath(slug: string): string {
	return `compare/data/${slug}.json`;
}
