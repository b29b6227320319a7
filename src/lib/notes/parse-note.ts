import type { Root, Text } from 'mdast';
import type { Node } from 'unist';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { markdownToMdast } from 'satteri';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { findTextCitations } from './find-text-citations.ts';
import { needsMdx } from './needs-mdx.ts';

/** A place in a note's file: 1-based line and column. */
export interface NotePlace {
	line: number;
	column: number;
}

/** One cited key of a `[@key]` or `[@a; @b]` group, placed at its `@`. */
export interface NoteCitation extends NotePlace {
	key: string;
}

/** The address of a Markdown link, image, link definition, bare address or JSX `href`/`src`, placed at the node. */
export interface NoteLink extends NotePlace {
	url: string;
}

/** A JSX element written in the note, with the props whose values are literal. */
export interface NoteElement extends NotePlace {
	name: string;
	/** Literal props: a quoted value, or `true` for a bare attribute such as `<X open />`. */
	props: Record<string, string | true>;
	/** Props given as `{…}` expressions (or a spread), by name (`{…}` for a spread); their values are code. */
	expressionProps: string[];
}

/** What a note says, read from one parse of its MDX body. */
export interface ParsedNote {
	/**
	 * The tree as the build renders the note: Astro's native Markdown parser (Sätteri) for a body without MDX syntax,
	 * remark-parse with remark-gfm and remark-mdx for the others. Positions are the body's own.
	 */
	tree: Root;
	/** The file line on which the body starts: add `bodyLine - 1` to a line of the tree to get the file's. */
	bodyLine: number;
	citations: NoteCitation[];
	links: NoteLink[];
	/** Capitalised JSX elements, i.e. components such as `<PaperTable facet="…" />`. */
	components: NoteElement[];
	/** Lower-case JSX elements, i.e. HTML written as JSX, such as `<a href="…">`. */
	htmlElements: NoteElement[];
}

/** What the rest of the survey keeps of a parsed note: everything but the tree. */
export type NoteOutline = Pick<ParsedNote, 'citations' | 'links' | 'components' | 'htmlElements'>;

/** Why a body is not valid MDX, where the parser stopped. */
export interface NoteSyntaxError extends NotePlace {
	reason: string;
	/** Set when the body nests blocks deeper than {@link MAX_MARKDOWN_DEPTH}: it is refused, not parsed or compiled. */
	tooDeep?: true;
	/**
	 * The HTML tags of the body read as plain CommonMark, which needs no valid MDX: a `<style>` or `<script>` body
	 * often breaks the MDX parse (its braces are code), and a contributor should hear about the tag, not the brace.
	 */
	htmlTags: (NotePlace & { name: string })[];
}

/** What {@link parseNote} reads: a note's citations, links and components, or why its MDX cannot be parsed. */
export type NoteParse = { ok: true; note: ParsedNote } | { ok: false; error: NoteSyntaxError };

// GFM like Astro's MDX, so that bare addresses are links here exactly when they are on the page.
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkMdx);
const commonMarkParser = unified().use(remarkParse);

/** Attributes whose value is an address the browser would follow or fetch. */
export const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'poster',
	'srcset',
]);

/** Deepest nesting of blocks (quotes, lists, elements) in a note; deeper text overflows MDX's compiler in the build. */
export const MAX_MARKDOWN_DEPTH = 32;

// Counts the quote and list markers that open a line, and the list levels its indentation implies.
function estimateLineNesting(line: string): number {
	const prefix = /^(?:[ \t]*(?:>|[-*+][ \t]|\d{1,9}[.)][ \t]))*[ \t]*/.exec(line)![0];
	const markers = prefix.match(/>|[-*+][ \t]|\d{1,9}[.)][ \t]/g)?.length ?? 0;
	if (markers === 0) return 0;
	const indent = prefix.replace(/\t/g, '    ').replace(/[^ ]/g, '').length;
	return markers + Math.floor(indent / 4);
}

/** Every node of a tree in document order, with its depth; iterative, so that a deep tree cannot run out of stack. */
function* walkTree(tree: Root): Generator<{ node: Node; depth: number }> {
	const stack: { node: Node; depth: number }[] = [{ node: tree, depth: 0 }];
	while (stack.length > 0) {
		const entry = stack.pop()!;
		yield entry;
		const { node, depth } = entry;
		if ('children' in node && Array.isArray(node.children))
			for (let index = node.children.length - 1; index >= 0; index -= 1)
				stack.push({ node: node.children[index] as Node, depth: depth + 1 });
	}
}

/**
 * Parses a note's MDX body once and reads from the tree what the rest of the project needs: cited keys, link
 * addresses and JSX elements with their literal props, each placed in the file (`bodyLine` is the file line on
 * which the body starts). When the body is not valid MDX, returns where and why instead.
 */
export function parseNote(body: string, bodyLine = 1): NoteParse {
	const tooDeep = (place: NotePlace): NoteParse => ({
		ok: false,
		error: { reason: 'nested too deeply', tooDeep: true, htmlTags: [], ...place },
	});
	// Parsing nested quotes and lists takes time quadratic in the depth; a line that opens too many is refused unparsed.
	const deepLine = body.split('\n').findIndex((line) => estimateLineNesting(line) > MAX_MARKDOWN_DEPTH);
	if (deepLine >= 0) return tooDeep({ line: deepLine + bodyLine, column: 1 });
	let tree: Root;
	try {
		// A body without MDX syntax renders through Sätteri (src/survey/note-loader.ts), so its tree is the one that
		// counts, and the native parser reads a note in a fiftieth of remark's time: most of validation at 10k notes.
		tree = needsMdx(body)
			? parser.parse(body)
			: (markdownToMdast(body, { features: { gfm: true, frontmatter: false } }) as Root);
	} catch (error) {
		if (error instanceof RangeError) return tooDeep({ line: bodyLine, column: 1 });
		const place = error as { line?: number; column?: number; reason?: string; message: string };
		// The parser's own ranges are relative to the body; ours are the file's, so drop them from the reason.
		const reason = (place.reason ?? place.message)
			.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
			.replace(/\.$/, '');
		const line = (place.line ?? 1) + bodyLine - 1;
		return {
			ok: false,
			error: { reason, line, column: place.column ?? 1, htmlTags: readHtmlTags(body, bodyLine) },
		};
	}
	const lineStarts = [0];
	for (let index = body.indexOf('\n'); index !== -1; index = body.indexOf('\n', index + 1))
		lineStarts.push(index + 1);
	const placeOfOffset = (offset: number): NotePlace => {
		let line = lineStarts.length - 1;
		while (lineStarts[line]! > offset) line -= 1;
		return { line: line + bodyLine, column: offset - lineStarts[line]! + 1 };
	};
	const placeOf = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
		line: (node.position?.start.line ?? 1) + bodyLine - 1,
		column: node.position?.start.column ?? 1,
	});

	const note: ParsedNote = { tree, bodyLine, citations: [], links: [], components: [], htmlElements: [] };
	// One plain walk: unist-util-visit's bookkeeping of ancestors took longer than parsing the note.
	for (const { node: visited, depth } of walkTree(tree)) {
		if (depth > MAX_MARKDOWN_DEPTH) {
			const place = { line: visited.position?.start.line ?? 1, column: visited.position?.start.column ?? 1 };
			return tooDeep({ line: place.line + bodyLine - 1, column: place.column });
		}
		const node = visited as Root['children'][number] | MdxJsxFlowElement | MdxJsxTextElement;
		switch (node.type) {
			case 'text':
				note.citations.push(...readCitations(node, body, placeOfOffset, placeOf));
				break;
			case 'link':
			case 'image':
			case 'definition':
				note.links.push({ url: node.url, ...placeOf(node) });
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const element = readElement(node, placeOf(node));
				(/^[A-Z]/.test(element.name) ? note.components : note.htmlElements).push(element);
				for (const [name, value] of Object.entries(element.props))
					if (URL_ATTRIBUTES.has(name.toLowerCase()) && typeof value === 'string')
						note.links.push({ url: value, line: element.line, column: element.column });
				break;
			}
		}
	}
	return { ok: true, note };
}

// Places each key at its `@` in the source; the text node's value can differ from its source (escapes,
// entities), so the key is looked up in the node's own source span.
function readCitations(
	node: Text,
	body: string,
	placeOfOffset: (offset: number) => NotePlace,
	placeOf: (node: Text) => NotePlace,
): NoteCitation[] {
	const groups = findTextCitations(node.value);
	if (groups.length === 0) return [];
	const start = node.position?.start.offset;
	const source = start === undefined ? undefined : body.slice(start, node.position?.end.offset);
	let cursor = 0;
	return groups.flatMap((group) =>
		group.keys.map((key) => {
			const found = source?.indexOf(`@${key}`, cursor) ?? -1;
			if (found === -1 || start === undefined) return { key, ...placeOf(node) };
			cursor = found + key.length + 1;
			return { key, ...placeOfOffset(start + found) };
		}),
	);
}

function readElement(node: MdxJsxFlowElement | MdxJsxTextElement, place: NotePlace): NoteElement {
	const element: NoteElement = { name: node.name ?? '', props: {}, expressionProps: [], ...place };
	for (const attribute of node.attributes) {
		if (attribute.type === 'mdxJsxExpressionAttribute') element.expressionProps.push('{…}');
		else if (attribute.value === null || attribute.value === undefined) element.props[attribute.name] = true;
		else if (typeof attribute.value === 'string') element.props[attribute.name] = attribute.value;
		else element.expressionProps.push(attribute.name);
	}
	return element;
}

// The name of each tag that opens an HTML node of the CommonMark tree (block or inline HTML), at the node.
function readHtmlTags(body: string, bodyLine: number): NoteSyntaxError['htmlTags'] {
	const tags: NoteSyntaxError['htmlTags'] = [];
	visit(commonMarkParser.parse(body), 'html', (node) => {
		const name = /^<([a-z][a-z0-9-]*)/i.exec(node.value)?.[1];
		if (name)
			tags.push({
				name,
				line: (node.position?.start.line ?? 1) + bodyLine - 1,
				column: node.position?.start.column ?? 1,
			});
	});
	return tags;
}
