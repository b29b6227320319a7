import type { Nodes, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The prose of a tree: its text nodes joined by spaces, so code, tags and link addresses do not count. */
export function proseOf(tree: Nodes): string {
	const parts: string[] = [];
	visit(tree, 'text', (node) => void parts.push(node.value));
	return parts.join(' ');
}

/** How many words a text has: runs of non-space characters holding at least one letter or digit. */
export function countWords(text: string): number {
	return text.split(/\s+/).filter((word) => /\w/.test(word)).length;
}

/** A level-2 heading of a note, with its text and its line in the body (1-based). */
export interface NoteHeading {
	text: string;
	line: number;
}

/** The level-2 headings of a note's body, in order: its sections. */
export function listSections(tree: Root): NoteHeading[] {
	return tree.children
		.filter((node) => node.type === 'heading' && node.depth === 2)
		.map((node) => ({ text: proseOf(node).trim(), line: node.position?.start.line ?? 1 }));
}
