/** A Pandoc-style citation group inside one text node: `[@key]` or `[@a; @b]`. */
const CITATION_GROUP = /\[(@[\w-]+(?:\s*;\s*@[\w-]+)*)\]/g;

/**
 * Finds the citation groups in the text of one Markdown text node. Code spans and blocks are other node types, so
 * a citation written inside code is never one. Used by validation (parse-note) and by both renderers of citations.
 *
 * @example findTextCitations('as in [@hamster; @vista].') // [{ start: 6, end: 25, keys: ['hamster', 'vista'] }]
 */
export function findTextCitations(text: string): { start: number; end: number; keys: string[] }[] {
	return [...text.matchAll(CITATION_GROUP)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		keys: match[1]!.split(';').map((part) => part.trim().slice(1)),
	}));
}
