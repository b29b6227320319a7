import type { Options } from 'rehype-external-links';

/** Whether `href` is an absolute http(s) URL to a host other than the site's. Without a site, every one is. */
export function isExternalHref(href: string, site?: string): boolean {
	if (!/^https?:\/\//i.test(href)) return false;
	try {
		return !site || new URL(href).host !== new URL(site).host;
	} catch {
		return true;
	}
}

/**
 * Options for `rehype-external-links`: every link in a note that leaves the site gets `rel="noopener noreferrer"`,
 * so the other site gets neither a handle on this window nor the page's URL. Links still open in the same tab (no
 * `target`), and links to the site's own host are left alone. Notes write links in Markdown only (the `html-link`
 * check), so every link reaches this plugin as an element.
 */
export function externalLinkOptions(site: string | undefined): Options {
	return {
		rel: ['noopener', 'noreferrer'],
		test: (element) =>
			typeof element.properties['href'] === 'string' && isExternalHref(element.properties['href'], site),
	};
}
