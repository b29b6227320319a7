import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findTextCitations } from '../lib/find-text-citations.ts';
import { getPaperName } from '../lib/paper-name.ts';
import { getPaperPath, sitePath } from '../lib/site-url.ts';
import type { PaperData } from '../schemas/paper.ts';
import { suggestClosest } from '../lib/suggest-closest.ts';
import { problems } from '../errors/catalogue.ts';

/** What a citation needs to know about each paper. */
export interface CitablePaper {
	/** Short name shown as the link text. */
	name: string;
	/** Full title, shown as the link's tooltip. */
	title: string;
	/** Site-relative URL of the paper page, base included. */
	url: string;
}

/** What citations of the paper `slug` show, on a site served under `base`; both citation renderers use it. */
export function toCitablePaper(
	slug: string,
	paper: Pick<PaperData, 'name' | 'title'>,
	base: string,
): CitablePaper {
	return { name: getPaperName(paper), title: paper.title, url: sitePath(getPaperPath(slug), base) };
}

/** Options for {@link remarkCitations}. */
export interface RemarkCitationsOptions {
	/** Paper slug → what to show for it. */
	papers: Readonly<Record<string, CitablePaper>>;
}

/**
 * Turns Pandoc-style citations, `[@slug]` or `[@a; @b]`, into links to paper pages labelled with the papers' short
 * names. An unknown key fails the file with its line and column.
 */
export function remarkCitations(options: RemarkCitationsOptions) {
	const { papers } = options;
	const slugs = Object.keys(papers);
	return (tree: Root, file: VFile) => {
		visit(tree, 'text', (node: Text, index, parent) => {
			if (!parent || index === undefined) return;
			const groups = findTextCitations(node.value);
			if (groups.length === 0) return;
			const replacement: PhrasingContent[] = [];
			let cursor = 0;
			for (const group of groups) {
				if (group.start > cursor)
					replacement.push({ type: 'text', value: node.value.slice(cursor, group.start) });
				const parts: PhrasingContent[] = [{ type: 'text', value: '[' }];
				group.keys.forEach((key, position) => {
					const paper = papers[key];
					if (!paper) {
						const { message, hint } = problems.unknownCitation(key, suggestClosest(key, slugs));
						const place = node.position?.start;
						file.fail(
							`${message} ${hint}`,
							place ? { line: place.line, column: place.column + group.start } : undefined,
							'action-atlas:unknown-citation',
						);
					}
					if (position > 0) parts.push({ type: 'text', value: '; ' });
					parts.push({
						type: 'link',
						url: paper.url,
						title: paper.title,
						data: { hProperties: { className: ['citation'], 'data-cite': key } },
						children: [{ type: 'text', value: paper.name }],
					});
				});
				parts.push({ type: 'text', value: ']' });
				replacement.push({
					type: 'emphasis',
					data: { hName: 'cite', hProperties: { className: ['citations'] } },
					children: parts,
				});
				cursor = group.end;
			}
			if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
			parent.children.splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		});
	};
}
