/** One `[@key]` or `[@a; @b]` citation group found in text. */
export interface CitationGroup {
	/** Offset of the opening bracket. */
	start: number;
	/** Offset just past the closing bracket. */
	end: number;
	/** Cited keys in order, without the `@`. */
	keys: string[];
}

const GROUP = /\[(@[\w-]+(?:\s*;\s*@[\w-]+)*)\]/g;

/**
 * Finds Pandoc-style citation groups in plain text.
 *
 * @example findCitations('as in [@hamster; @vista].') // [{ start: 6, end: 25, keys: ['hamster', 'vista'] }]
 */
export function findCitations(text: string): CitationGroup[] {
	return [...text.matchAll(GROUP)].map((match) => ({
		start: match.index,
		end: match.index + match[0].length,
		keys: match[1]!.split(';').map((part) => part.trim().slice(1)),
	}));
}

/** Blanks out fenced code blocks and inline code spans, keeping offsets and line numbers intact. */
export function maskCode(markdown: string): string {
	const blank = (text: string) => text.replace(/[^\n]/g, ' ');
	return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, blank).replace(/`[^`\n]+`/g, blank);
}
