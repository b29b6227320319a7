import type { PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { findTextCitations } from '../lib/notes/find-text-citations.ts';
import {
	buildCitationGroup,
	buildCitationLink,
	describeUnknownCitation,
	type CitablePaper,
} from './citations.ts';

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
				const links = group.keys.map((key) => {
					const paper = papers[key];
					if (!paper) {
						const place = node.position?.start;
						file.fail(
							describeUnknownCitation(key, papers),
							place ? { line: place.line, column: place.column + group.start } : undefined,
							'action-atlas:unknown-citation',
						);
					}
					return buildCitationLink(key, paper);
				});
				// The group is written as HTML elements (hChildren), the same ones the native renderer writes.
				const { tagName, properties, children } = buildCitationGroup(links);
				replacement.push({
					type: 'emphasis',
					data: { hName: tagName, hProperties: properties, hChildren: children },
					children: [],
				});
				cursor = group.end;
			}
			if (cursor < node.value.length) replacement.push({ type: 'text', value: node.value.slice(cursor) });
			parent.children.splice(index, 1, ...replacement);
			return [SKIP, index + replacement.length];
		});
	};
}
