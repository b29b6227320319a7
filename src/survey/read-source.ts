import { isUtf8 } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import {
	LineCounter,
	isAlias,
	isCollection,
	isMap,
	isPair,
	isScalar,
	isSeq,
	parseDocument,
	type Document,
	type Node,
} from 'yaml';
import { CORE_SCHEMA, load as loadPlainYaml } from 'js-yaml';

/** Deepest nesting of lists and maps a survey file may have; the deepest real field (relations[0].type) is 3. */
export const MAX_YAML_DEPTH = 16;

/** Largest survey file read, in bytes: the longest note or taxonomy file is under 20 KB, and MDX parsing slows down sharply on big files. */
export const MAX_FILE_BYTES = 256 * 1024;

/** A source file decoded as UTF-8, BOM removed and line endings normalised to `\n`. */
export interface SourceText {
	text: string;
	/**
	 * The first line (1-based) ended by a carriage return alone (old Mac line endings). Astro's build reads such a
	 * file differently from the checker, so it is an error; CRLF and LF are read alike by both.
	 */
	loneCrLine?: number;
}

/** Why a file could not be read as text. */
export type UnreadableSource = { reason: 'not-utf8' } | { reason: 'too-large'; bytes: number };

/** Reads a file as strict UTF-8; returns `undefined` when the bytes are not valid UTF-8. */
export function readUtf8(path: string): SourceText | undefined {
	const read = readSource(path);
	return 'text' in read ? read : undefined;
}

/** Reads a file as strict UTF-8 of at most {@link MAX_FILE_BYTES}, saying why when it cannot. */
export function readSource(path: string): SourceText | UnreadableSource {
	const bytes = statSync(path).size;
	if (bytes > MAX_FILE_BYTES) return { reason: 'too-large', bytes };
	const buffer = readFileSync(path);
	// Checked natively, then decoded without a fatal TextDecoder: a tenth of the time over 10,000 notes.
	if (!isUtf8(buffer)) return { reason: 'not-utf8' };
	const text = buffer.toString('utf8');
	const raw = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const loneCr = /\r(?!\n)/.exec(raw);
	return {
		text: raw.replace(/\r\n?/g, '\n'),
		...(loneCr ? { loneCrLine: raw.slice(0, loneCr.index).split(/\r\n?|\n/).length } : {}),
	};
}

/** A parsed YAML document with the means to turn a data path into a line and column. */
export interface ParsedYaml {
	data: unknown;
	/**
	 * Problems that keep the YAML from being read, with 1-based positions: a syntax error, an anchor or alias (which
	 * can expand a few lines into gigabytes, and no survey file needs), or nesting deeper than any field.
	 */
	syntaxErrors: YamlSyntaxError[];
	locate: (path: readonly (string | number)[]) => { line: number; column: number };
}

/** Why YAML text could not be read, at a 1-based place of its file. */
export interface YamlSyntaxError {
	line: number;
	column: number;
	reason: string;
	kind: 'syntax' | 'alias' | 'depth' | 'duplicate-key' | 'indentation';
	/** For a duplicate key: the key, and the line of its first use in the same map. */
	key?: { name: string; firstLine?: number };
	/** For an indentation slip: the key on this line, its indentation, and the sibling key above it with the expected one. */
	slip?: IndentationSlip;
}

/** A key indented unlike the key above it in the same block: the usual cause of a cascade of YAML errors. */
export interface IndentationSlip {
	key: string;
	indent: number;
	sibling: { key: string; line: number; indent: number };
}

/** Parses YAML text that starts at `lineOffset` lines into its file (frontmatter starts after the `---` line). */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
	// The parser recurses per nesting level, and where it runs out of stack depends on the machine: deep flow
	// brackets are refused before parsing, at a place that does not.
	const deepBracket = findDeepBracket(text);
	if (deepBracket !== undefined) {
		const { line, column } = placeInText(text, deepBracket);
		return unreadable({
			line: line + lineOffset,
			column,
			reason: `more than ${MAX_YAML_DEPTH} levels of nesting`,
			kind: 'depth',
		});
	}
	const plain = readPlainYaml(text);
	if (plain) {
		// Places are needed only to report a problem: the full parse runs then, and only then.
		let located: ParsedYaml | undefined;
		return {
			data: plain.data,
			syntaxErrors: [],
			locate: (path) => (located ??= readYamlDocument(text, lineOffset)).locate(path),
		};
	}
	return readYamlDocument(text, lineOffset);
}

// Anchors (&), aliases (*) and tags (!) only ever start a node: at a line's start, after `key: `, `- `, `? ` or
// inside flow brackets. Text that might hold one takes the full parse, which reports it.
const MAYBE_ANCHOR_ALIAS_OR_TAG = /(?:^[ \t]*|[:\-?,[{][ \t]+|[[{,])[&*!]/m;
// js-yaml reads `0b101` as a number; YAML 1.2's core schema, as `yaml` reads it, as text.
const MAYBE_BINARY_NUMBER = /(?:^|[\s:[{,])[-+]?0b[01]/m;

/**
 * Reads plain YAML with js-yaml, about five times faster than building the `yaml` library's document, which at
 * 10,000 notes was the larger half of validation. Only for text the full parse would accept with the same data:
 * YAML 1.2's core schema as `yaml` reads it (no timestamps, no merge keys), no anchor, alias or tag, no duplicate
 * key (js-yaml throws), no deeper nesting than {@link MAX_YAML_DEPTH}. Anything else returns `undefined`.
 */
function readPlainYaml(text: string): { data: unknown } | undefined {
	if (MAYBE_ANCHOR_ALIAS_OR_TAG.test(text) || MAYBE_BINARY_NUMBER.test(text)) return undefined;
	// js-yaml 4.3 takes maxDepth; @types/js-yaml 4.0.9 predates it, hence no inline literal.
	const options = { schema: CORE_SCHEMA, maxDepth: MAX_YAML_DEPTH };
	try {
		return { data: loadPlainYaml(text, options) ?? null };
	} catch {
		return undefined;
	}
}

/** The full parse with the `yaml` library: exact syntax errors, anchors and aliases refused, places of fields. */
function readYamlDocument(text: string, lineOffset: number): ParsedYaml {
	const lineCounter = new LineCounter();
	const at = (offset: number) => {
		const { line, col } = lineCounter.linePos(offset);
		return { line: line + lineOffset, column: col };
	};
	let doc: Document;
	try {
		doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	} catch {
		// The parser recurses per nesting level; only absurd nesting makes it run out of stack.
		return unreadable({
			line: 1 + lineOffset,
			column: 1,
			reason: `more than ${MAX_YAML_DEPTH} levels of nesting`,
			kind: 'depth',
		});
	}
	const syntaxErrors: ParsedYaml['syntaxErrors'] = doc.errors.map((error) => {
		const reason = error.message
			.split('\n')[0]!
			.replace(/ at line \d+, column \d+:?$/, '')
			.replace(/\.$/, '');
		// The composer recurses per nesting level and reports running out of stack as an error of its own.
		if (error.code === 'DUPLICATE_KEY') return { ...duplicateKeyAt(text, error.pos[0], at), reason };
		return /call stack/i.test(reason)
			? {
					...at(error.pos[0]),
					reason: `more than ${MAX_YAML_DEPTH} levels of nesting`,
					kind: 'depth' as const,
				}
			: { ...at(error.pos[0]), reason, kind: 'syntax' as const };
	});
	// One slip of indentation makes the parser report several errors about the lines after it, each unhelpful: the
	// slip itself, when it can be found, replaces them all.
	const firstSyntax = syntaxErrors.find((error) => error.kind === 'syntax');
	const slip = firstSyntax && findIndentationSlip(text, firstSyntax.line - lineOffset);
	if (slip)
		return unreadable({
			line: slip.line + lineOffset,
			column: slip.indent + 1,
			reason: `"${slip.key}" is indented unlike "${slip.sibling.key}" above it`,
			kind: 'indentation',
			slip: {
				key: slip.key,
				indent: slip.indent,
				sibling: { ...slip.sibling, line: slip.sibling.line + lineOffset },
			},
		});
	if (syntaxErrors.length === 0) {
		const found = findAliasOrDepth(doc.contents);
		if (found)
			syntaxErrors.push({
				...at(found.node.range?.[0] ?? 0),
				reason:
					found.kind === 'alias' ? 'an anchor or alias' : `more than ${MAX_YAML_DEPTH} levels of nesting`,
				kind: found.kind,
			});
	}
	return {
		data: syntaxErrors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 0 }),
		syntaxErrors,
		locate: (path) => at(findOffset(doc, path)),
	};
}

/**
 * Finds the first key, up to line `until` + 1 (where the parser noticed a problem), indented unlike the block it is
 * in: deeper than the key above it without that key opening a block, or back to a column no enclosing block uses.
 * Lines inside block scalars (`>-`, `|`), list items without a key and continuation lines are skipped. 1-based lines.
 */
export function findIndentationSlip(
	text: string,
	until: number,
): (IndentationSlip & { line: number }) | undefined {
	const lines = text.split('\n');
	// The keys of the blocks that enclose the current line, outermost first, each at its column.
	const blocks: { key: string; line: number; indent: number }[] = [];
	let opensBlock = false;
	let scalarIndent: number | undefined;
	for (let index = 0; index < Math.min(lines.length, until + 1); index += 1) {
		const line = lines[index]!;
		if (/^\s*(?:#.*)?$/.test(line)) continue;
		const lineIndent = line.length - line.trimStart().length;
		if (scalarIndent !== undefined && lineIndent > scalarIndent) continue;
		scalarIndent = undefined;
		const entry = /^(\s*)(-\s+)?(["']?)([^"':#{}[\]]+?)\3\s*:(?:\s+(.*))?$/.exec(line);
		if (!entry) continue;
		const current = { key: entry[4]!.trim(), line: index + 1, indent: lineIndent + (entry[2]?.length ?? 0) };
		const value = (entry[5] ?? '').replace(/\s+#.*$/, '').trim();
		const above = blocks.at(-1);
		if (!above || (opensBlock && current.indent > above.indent)) blocks.push(current);
		else {
			let closed = above;
			while (blocks.length > 0 && blocks.at(-1)!.indent > current.indent) closed = blocks.pop()!;
			if (blocks.at(-1)?.indent !== current.indent) return { ...current, sibling: closed };
			blocks[blocks.length - 1] = current;
		}
		opensBlock = value === '';
		if (/^[>|][-+]?\d*$/.test(value)) scalarIndent = lineIndent;
	}
	return undefined;
}

// A block map's key at the start of a line: its indentation (with a list's "- "), quote and name.
const KEY_AT_LINE_START = /^(\s*(?:-\s+)?)(["']?)([^"':#]+?)\2\s*:/;

// Names the repeated key and finds its first use: the nearest line above at the same indentation with that key.
function duplicateKeyAt(
	text: string,
	offset: number,
	at: (offset: number) => { line: number; column: number },
): Omit<YamlSyntaxError, 'reason'> {
	const place = at(offset);
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const line = text.slice(lineStart, text.indexOf('\n', offset) >>> 0 || text.length);
	const match = KEY_AT_LINE_START.exec(line);
	if (!match) return { ...place, kind: 'duplicate-key' };
	const name = match[3]!.trim();
	const indent = match[1]!.length;
	const before = text.slice(0, lineStart).split('\n');
	const first = before.findLastIndex((other) => {
		const key = KEY_AT_LINE_START.exec(other);
		return key !== null && key[1]!.length === indent && key[3]!.trim() === name;
	});
	// `before` ends with the empty text after the last line break, which is the duplicate's own line.
	const firstLine = first < 0 ? undefined : place.line - (before.length - 1 - first);
	return {
		...place,
		kind: 'duplicate-key',
		key: { name, ...(firstLine === undefined ? {} : { firstLine }) },
	};
}

// The offset of the first flow bracket nested deeper than MAX_YAML_DEPTH, outside quotes and comments.
function findDeepBracket(text: string): number | undefined {
	let depth = 0;
	let quote: string | undefined;
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index]!;
		if (quote) {
			if (char === quote && text[index - 1] !== '\\') quote = undefined;
			else if (char === '\n') quote = undefined;
		} else if (char === '"' || (char === "'" && /[\s[{,:]/.test(text[index - 1] ?? ' '))) quote = char;
		else if (char === '#' && /\s/.test(text[index - 1] ?? '\n'))
			index = text.indexOf('\n', index) >>> 0 || text.length;
		else if (char === '[' || char === '{') {
			depth += 1;
			if (depth > MAX_YAML_DEPTH) return index;
		} else if ((char === ']' || char === '}') && depth > 0) depth -= 1;
		else if (char === '\n' && !/^\s/.test(text[index + 1] ?? '')) depth = 0;
	}
	return undefined;
}

function placeInText(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset).split('\n');
	return { line: before.length, column: before.at(-1)!.length + 1 };
}

function unreadable(error: ParsedYaml['syntaxErrors'][number]): ParsedYaml {
	return {
		data: undefined,
		syntaxErrors: [error],
		locate: () => ({ line: error.line, column: error.column }),
	};
}

// Finds the first anchor or alias, or the first node nested deeper than MAX_YAML_DEPTH, without recursion.
function findAliasOrDepth(root: unknown): { node: Node; kind: 'alias' | 'depth' } | undefined {
	const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
	while (stack.length > 0) {
		const { node, depth } = stack.pop()!;
		if (node === null || typeof node !== 'object') continue;
		if (isAlias(node) || (node as Node).anchor) return { node: node as Node, kind: 'alias' };
		if (isPair(node)) {
			stack.push({ node: node.value, depth }, { node: node.key, depth });
			continue;
		}
		if (!isCollection(node)) continue;
		if (depth >= MAX_YAML_DEPTH) return { node, kind: 'depth' };
		for (const item of [...node.items].reverse()) stack.push({ node: item, depth: depth + 1 });
	}
	return undefined;
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
