import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pagePath, readPage, type PageElement } from './parse-html';
import { listHtmlFiles } from './site-files';

/** Attributes that point at another resource, and the elements that carry them. */
const LINK_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'poster'] as const;

/** Every URL a page links to or loads: `href`, `src`, `action`, `poster`, `srcset` candidates and meta refresh targets. */
export function listPageUrls(elements: PageElement[]): string[] {
	return elements.flatMap((element) => {
		const urls: string[] = LINK_ATTRIBUTES.flatMap((name) =>
			element.attributes[name] === undefined ? [] : [element.attributes[name]],
		);
		const srcset = element.attributes['srcset'];
		if (srcset)
			urls.push(
				...srcset
					.split(',')
					.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
					.filter(Boolean),
			);
		const refresh =
			element.tag === 'meta' && element.attributes['http-equiv']?.toLowerCase() === 'refresh'
				? /url\s*=\s*(.+)$/i.exec(element.attributes['content'] ?? '')
				: null;
		if (refresh?.[1]) urls.push(refresh[1].trim().replace(/^['"]|['"]$/g, ''));
		return urls;
	});
}

/** What {@link checkSiteLinks} found. */
export interface LinkReport {
	/** How many site-internal URLs were checked. */
	checked: number;
	/** One line per broken link: `page → url: reason`. */
	broken: string[];
}

/**
 * Checks every site-internal URL of every page of a built site: relative URLs, URLs starting with `base`, and
 * absolute URLs on the site's own origin. Each must resolve to a file (a directory to its `index.html`), and each
 * `#fragment` must be an `id` (or `<a name>`) on the target page.
 */
export function checkSiteLinks(siteDir: string, origin: string, base: string): LinkReport {
	const anchors = new Map<string, Set<string>>();
	const anchorsOf = (file: string) => {
		let found = anchors.get(file);
		if (!found) {
			found = new Set(
				readPage(siteDir, file).flatMap((element) =>
					[element.attributes['id'], element.tag === 'a' ? element.attributes['name'] : undefined].filter(
						(id): id is string => id !== undefined,
					),
				),
			);
			anchors.set(file, found);
		}
		return found;
	};
	const resolveFile = (pathname: string): string | undefined => {
		const relative = decodeURIComponent(pathname.slice(base.length));
		for (const candidate of relative === '' || relative.endsWith('/')
			? [`${relative}index.html`]
			: [relative, `${relative}/index.html`]) {
			const path = join(siteDir, candidate);
			if (existsSync(path) && statSync(path).isFile()) return candidate;
		}
		return undefined;
	};

	let checked = 0;
	const broken: string[] = [];
	for (const file of listHtmlFiles(siteDir)) {
		const pageUrl = new URL(pagePath(base, file), origin);
		for (const raw of listPageUrls(readPage(siteDir, file))) {
			let url: URL;
			try {
				url = new URL(raw, pageUrl);
			} catch {
				broken.push(`${file} → ${raw}: not a valid URL`);
				continue;
			}
			if (url.origin !== pageUrl.origin) continue;
			checked += 1;
			if (!url.pathname.startsWith(base)) {
				broken.push(`${file} → ${raw}: outside the site's base ${base}`);
				continue;
			}
			const target = resolveFile(url.pathname);
			if (!target) {
				broken.push(`${file} → ${raw}: no such file in the built site`);
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && target.endsWith('.html') && !anchorsOf(target).has(fragment))
				broken.push(`${file} → ${raw}: no id "${fragment}" on ${target}`);
		}
	}
	return { checked, broken };
}
