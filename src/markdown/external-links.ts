import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

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
 * The `rel` a link gets: a link that leaves the site gets `noopener noreferrer` (kept after any `rel` it has), so
 * the other site gets neither a handle on this window nor the page's URL; `undefined` for a link that stays, left
 * alone. Links still open in the same tab (no `target`). Both note renderers call it, so they write the same links.
 * @example externalLinkRel('https://github.com/x/y', undefined, 'https://atlas.example.org') // ['noopener', 'noreferrer']
 */
export function externalLinkRel(href: unknown, rel: unknown, site: string | undefined): string[] | undefined {
	if (typeof href !== 'string' || !isExternalHref(href, site)) return undefined;
	const values = Array.isArray(rel) ? rel.map(String) : typeof rel === 'string' ? rel.split(/\s+/) : [];
	return [...new Set([...values.filter(Boolean), 'noopener', 'noreferrer'])];
}

/**
 * rehype plugin for the unified pipeline (MDX notes, chapters): gives every `<a>` that leaves the site its
 * {@link externalLinkRel}. Notes write links in Markdown only (the `html-link` check), so every link reaches it as
 * an element.
 */
export function rehypeExternalLinks({ site }: { site: string | undefined }) {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'a') return;
			const rel = externalLinkRel(node.properties['href'], node.properties['rel'], site);
			if (rel) node.properties['rel'] = rel;
		});
	};
}
