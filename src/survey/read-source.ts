import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/** A source file decoded as UTF-8, BOM removed and line endings normalised to `\n`. */
export interface SourceText {
	text: string;
}

/** Reads a file as strict UTF-8; returns `undefined` when the bytes are not valid UTF-8. */
export function readUtf8(path: string): SourceText | undefined {
	try {
		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(readFileSync(path));
		return { text: text.replace(/\r\n?/g, '\n') };
	} catch (error) {
		if (error instanceof TypeError) return undefined;
		throw error;
	}
}

/** A parsed YAML document with the means to turn a data path into a line and column. */
export interface ParsedYaml {
	data: unknown;
	/** Problems YAML itself found, with 1-based positions. */
	syntaxErrors: { line: number; column: number; reason: string }[];
	locate: (path: readonly (string | number)[]) => { line: number; column: number };
}

/** Parses YAML text that starts at `lineOffset` lines into its file (frontmatter starts after the `---` line). */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	const syntaxErrors = doc.errors.map((error) => ({
		...at(error.pos[0]),
		reason: error.message
			.split('\n')[0]!
			.replace(/ at line \d+, column \d+:?$/, '')
			.replace(/\.$/, ''),
	}));
	return {
		data: syntaxErrors.length > 0 ? undefined : doc.toJS(),
		syntaxErrors,
		locate: (path) => at(findOffset(doc, path)),
	};
}

// Walks the YAML tree as far as the path exists; a missing leaf points at its parent, an unknown key at the key.
function findOffset(doc: Document, path: readonly (string | number)[]): number {
	let node: unknown = doc.contents;
	let offset = doc.contents?.range?.[0] ?? 0;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
			);
			if (!pair) break;
			offset = (pair.key as Node).range?.[0] ?? offset;
			node = pair.value;
			if ((node as Node | null)?.range && segment !== path.at(-1)) offset = (node as Node).range![0];
		} else if (isSeq(node) && typeof segment === 'number') {
			const item = node.items[segment];
			if (!item) break;
			node = item;
			offset = (item as Node).range?.[0] ?? offset;
		} else break;
	}
	return offset;
}

/** Splits a note into its frontmatter YAML and body, with the line where each starts. */
export function splitFrontmatter(
	text: string,
): { yaml: string; yamlLine: number; body: string; bodyLine: number } | undefined {
	const match = /^---[ \t]*\n([\s\S]*?)\n?^---[ \t]*$\n?/m.exec(text);
	if (!match || match.index !== 0) return undefined;
	const yaml = match[1] ?? '';
	return {
		yaml,
		yamlLine: 1,
		body: text.slice(match[0].length),
		bodyLine: match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1),
	};
}
