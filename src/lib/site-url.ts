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
