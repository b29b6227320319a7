import type { Element, Root } from 'hast';
import type { MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** Options for {@link rehypeExternalLinks}. */
export interface RehypeExternalLinksOptions {
	/** The site's own URL (`site` in the Astro config); links to its host are internal. Without it, every http(s) link is external. */
	site?: string | undefined;
}

/** Whether `href` is an absolute http(s) URL to a host other than the site's. */
export function isExternalHref(href: string, site?: string): boolean {
	if (!/^https?:\/\//i.test(href)) return false;
	try {
		return !site || new URL(href).host !== new URL(site).host;
	} catch {
		return true;
	}
}

const withNoopener = (rel: string[]) => [...new Set([...rel.filter(Boolean), 'noopener', 'noreferrer'])];

/** A JSX `<a href="…">` written in an MDX note: its external `href`, when it is a plain string, gets the same `rel`. */
function markJsxLink(node: MdxJsxFlowElementHast | MdxJsxTextElementHast, site: string | undefined): void {
	const attribute = (name: string) =>
		node.attributes.find((entry) => entry.type === 'mdxJsxAttribute' && entry.name === name);
	const href = attribute('href')?.value;
	if (node.name !== 'a' || typeof href !== 'string' || !isExternalHref(href, site)) return;
	const rel = attribute('rel');
	const value = withNoopener(typeof rel?.value === 'string' ? rel.value.split(/\s+/) : []).join(' ');
	if (rel) rel.value = value;
	else node.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value });
}

/**
 * Adds `rel="noopener noreferrer"` to every link in a note that leaves the site, so the other site gets neither a
 * handle on this window nor the page's URL. Links still open in the same tab: no `target` is added.
 */
export function rehypeExternalLinks(options: RehypeExternalLinksOptions) {
	const { site } = options;
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement')
				return markJsxLink(node, site);
			if (node.type !== 'element') return;
			const element = node as Element;
			if (
				element.tagName !== 'a' ||
				typeof element.properties.href !== 'string' ||
				!isExternalHref(element.properties.href, site)
			)
				return;
			const rel = element.properties.rel;
			element.properties.rel = withNoopener(
				Array.isArray(rel)
					? rel.map(String)
					: rel === undefined || rel === null
						? []
						: String(rel).split(/\s+/),
			);
		});
	};
}
