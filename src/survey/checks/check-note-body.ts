import type { Root, RootContent } from 'mdast';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { bodyProblems, type Problem } from '../../errors/catalogue';
import { maskCode } from '../../lib/citations';
import { MDX_COMPONENT_NAMES } from '../../lib/mdx-components';
import { suggestClosest } from '../../lib/suggest-closest';

/** A problem in a note body, at a 1-based line and column of the body. */
export interface BodyProblem {
	problem: Problem;
	line: number;
	column: number;
}

const parser = unified().use(remarkParse).use(remarkMdx);
const FORBIDDEN_ELEMENTS = new Set([
	'script',
	'iframe',
	'style',
	'object',
	'embed',
	'base',
	'meta',
	'link',
	'form',
]);
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset']);
const OWN_COMPONENT_IMPORT =
	/^import\s+\w+\s+from\s+['"](?:\.{1,2}\/)+(?:[\w.-]+\/)*src\/components\/[\w-]+\.astro['"];?\s*$/;

function findForbiddenTags(body: string): BodyProblem[] {
	return maskCode(body)
		.split('\n')
		.flatMap((line, index) =>
			[...line.matchAll(/<([a-z]+)\b/gi)]
				.filter((match) => FORBIDDEN_ELEMENTS.has(match[1]!.toLowerCase()))
				.map((match) => ({
					problem: bodyProblems.forbiddenElement(match[1]!),
					line: index + 1,
					column: match.index + 1,
				})),
		);
}

/**
 * Parses a note's MDX body and checks the trust rules: no imports but the project's components, no exports or
 * expressions, no script-capable elements, handlers or URLs, and only known components. Returns every problem.
 */
export function checkNoteBody(body: string): BodyProblem[] {
	let tree: Root;
	try {
		tree = parser.parse(body);
	} catch (error) {
		const place = error as { line?: number; column?: number; reason?: string; message: string };
		// The parser's own positions are relative to the body; ours are added by the caller, so drop its ranges.
		const reason = (place.reason ?? place.message)
			.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '')
			.replace(/\.$/, '');
		// A <style> or <script> body often breaks the parse (braces are code in MDX): name the real problem too.
		return [
			...findForbiddenTags(body),
			{ problem: bodyProblems.mdxSyntax(reason), line: place.line ?? 1, column: place.column ?? 1 },
		];
	}
	const found: BodyProblem[] = [];
	const at = (node: RootContent, problem: Problem) =>
		found.push({ problem, line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxjsEsm': {
				for (const statement of node.value.split('\n').filter((line) => line.trim())) {
					if (/^\s*export\b/.test(statement)) at(node, bodyProblems.forbiddenExport());
					else if (!OWN_COMPONENT_IMPORT.test(statement))
						at(
							node,
							bodyProblems.forbiddenImport(
								/from\s+['"]([^'"]+)['"]/.exec(statement)?.[1] ?? statement.trim(),
							),
						);
				}
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				at(node, bodyProblems.expression());
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement': {
				const name = node.name ?? '';
				if (/^[A-Z]/.test(name) && !(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
					at(
						node,
						bodyProblems.unknownComponent(
							name,
							suggestClosest(
								name,
								MDX_COMPONENT_NAMES.map((id) => ({ id })),
							),
							MDX_COMPONENT_NAMES,
						),
					);
				}
				if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) at(node, bodyProblems.forbiddenElement(name));
				if (name === 'a') {
					const href = node.attributes.find(
						(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href',
					)?.value;
					const text: string[] = [];
					visit(node, 'text', (child) => void text.push(child.value));
					at(node, bodyProblems.htmlLink(typeof href === 'string' ? href : undefined, text.join('').trim()));
				}
				for (const attribute of node.attributes) {
					if (
						attribute.type === 'mdxJsxExpressionAttribute' ||
						(attribute.value !== null && typeof attribute.value === 'object')
					) {
						at(node, bodyProblems.expression());
						continue;
					}
					if (/^on/i.test(attribute.name)) at(node, bodyProblems.eventHandler(attribute.name, name));
					if (
						URL_ATTRIBUTES.has(attribute.name.toLowerCase()) &&
						typeof attribute.value === 'string' &&
						UNSAFE_URL.test(attribute.value)
					) {
						at(node, bodyProblems.unsafeUrl(attribute.value.trim()));
					}
				}
				break;
			}
			case 'link':
			case 'image':
			case 'definition':
				if (UNSAFE_URL.test(node.url)) at(node, bodyProblems.unsafeUrl(node.url.trim()));
				break;
		}
	});
	return found;
}
