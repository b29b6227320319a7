/**
 * Joins the site's base path and a site-relative path.
 *
 * @example joinBase('/atlas/', 'papers/codeact/') // '/atlas/papers/codeact/'
 */
export function joinBase(base: string, path: string): string {
	return `${base.replace(/\/?$/, '/')}${path.replace(/^\//, '')}`;
}
