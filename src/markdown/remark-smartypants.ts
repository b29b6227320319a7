import type { Node, Parent, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';
import { visit } from 'unist-util-visit';

/**
 * Smart quotes, dashes and ellipses, exactly as `remark-smartypants` 3.0.3 (Astro's default) writes them, at a
 * fraction of the cost. That plugin runs retext's natural-language parser over the whole note and then again over
 * every text node, which was half the time of rendering a note; most text nodes hold nothing it would change. Here a
 * pass is skipped when its input has none of the characters it rewrites, and retext's parse is lossless, so the
 * output is the same. The algorithm, including the two passes and the synthetic spaces, is the original's.
 */
const quotesPass = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false });
const punctuationPass = retext().use(retextSmartypants, { quotes: false });

// What each pass can rewrite: straight quotes; or double dashes, dotted ellipses, backticks and doubled apostrophes.
const HAS_QUOTES = /['"]/;
const HAS_PUNCTUATION = /--|\.\s*\.|`|''/;

const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
// A quote at the start of these is always an opening quote: they get a synthetic space in the concatenated text.
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_HTML_ELEMENTS = new Set(['style', 'script']);

type Literal = Node & { value: string };
const isLiteral = (node: Node): node is Literal =>
	'value' in node && typeof (node as { value: unknown }).value === 'string';

const isVisited = (node: Node, parent: Parent | undefined): boolean =>
	parent !== undefined &&
	(parent.type !== 'mdxJsxTextElement' ||
		('name' in parent && typeof parent.name === 'string' && !IGNORED_HTML_ELEMENTS.has(parent.name))) &&
	VISITED.has(node.type) &&
	(isLiteral(node) || BLOCKS.has(node.type));

/** remark plugin: SmartyPants typography, output-identical to remark-smartypants with default options. */
export function remarkSmartypants() {
	return (tree: Root) => {
		let allText = '';
		const nodes: Node[] = [];
		visit(tree, (node, _index, parent) => {
			if (!isVisited(node, parent)) return;
			if (isLiteral(node)) allText += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
			else allText += ' ';
			nodes.push(node);
		});
		// Quotes are paired across the whole note, so that a quote around a link or bold text closes correctly.
		if (HAS_QUOTES.test(allText)) allText = quotesPass.processSync(allText).toString();
		let start = 0;
		for (const node of nodes) {
			if (!isLiteral(node)) {
				start += 1;
				continue;
			}
			const end = start + node.value.length;
			if (node.type === 'text') {
				const text = allText.slice(start, end);
				node.value = HAS_PUNCTUATION.test(text) ? punctuationPass.processSync(text).toString() : text;
			}
			start = end;
		}
	};
}
