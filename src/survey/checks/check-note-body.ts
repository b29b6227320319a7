import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { bodyProblems, type Problem } from '../../errors/catalogue.ts';
import { MDX_COMPONENT_NAMES } from '../../lib/notes/mdx-components.ts';
import {
	MAX_MARKDOWN_DEPTH,
	URL_ATTRIBUTES,
	type NoteElement,
	type NoteParse,
	type NotePlace,
} from '../../lib/notes/parse-note.ts';
import { suggestClosest } from '../../lib/text/suggest-closest.ts';

/** A problem in a note body, at a 1-based line and column of the note's file. */
export interface BodyProblem extends NotePlace {
	problem: Problem;
}

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
/** An import of one of the project's own Astro components, the one import a note may keep. */
const OWN_COMPONENT = /^(?:\.{1,2}\/)+(?:[\w.-]+\/)*src\/components\/[\w-]+\.astro$/;

/** The statements of an ESM block, as the MDX parser's estree gives them. */
interface EsmStatement {
	type: string;
	source?: { value?: unknown } | null;
	specifiers?: { type: string }[];
}

/**
 * Checks a parsed note against the trust rules: no imports but the project's components, no exports or
 * expressions, no script-capable elements, handlers or URLs, no HTML links, and only known components. Returns
 * every problem, placed in the note's file.
 */
export function checkNoteBody(parse: NoteParse): BodyProblem[] {
	if (!parse.ok) {
		const { reason, line, column, htmlTags } = parse.error;
		if (parse.error.tooDeep) return [{ problem: bodyProblems.tooDeep(MAX_MARKDOWN_DEPTH), line, column }];
		return [
			...htmlTags
				.filter((tag) => FORBIDDEN_ELEMENTS.has(tag.name.toLowerCase()))
				.map((tag) => ({
					problem: bodyProblems.forbiddenElement(tag.name),
					line: tag.line,
					column: tag.column,
				})),
			{ problem: bodyProblems.mdxSyntax(reason), line, column },
		];
	}
	const { tree, bodyLine, components, htmlElements } = parse.note;
	const found: BodyProblem[] = [];
	const at = (node: Node, problem: Problem) =>
		found.push({
			problem,
			line: (node.position?.start.line ?? 1) + bodyLine - 1,
			column: node.position?.start.column ?? 1,
		});

	visit(tree, (node) => {
		switch (node.type) {
			case 'mdxjsEsm': {
				// Sätteri's types (the native note renderer) also declare an mdxjsEsm node, whose data has no estree.
				const data = node.data as { estree?: { body?: unknown[] } } | undefined;
				const statements = (data?.estree?.body ?? []) as EsmStatement[];
				for (const statement of statements) {
					if (statement.type.startsWith('Export')) at(node, bodyProblems.forbiddenExport());
					else if (!isOwnComponentImport(statement))
						at(
							node,
							bodyProblems.forbiddenImport(
								typeof statement.source?.value === 'string' ? statement.source.value : node.value.trim(),
							),
						);
				}
				break;
			}
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				at(node, bodyProblems.expression());
				break;
			case 'link':
			case 'image':
			case 'definition':
				if (UNSAFE_URL.test(node.url)) at(node, bodyProblems.unsafeUrl(node.url.trim()));
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				if (node.name === 'a') {
					const text: string[] = [];
					visit(node, 'text', (child) => void text.push(child.value));
					const href = node.attributes.find(
						(attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href',
					)?.value;
					at(node, bodyProblems.htmlLink(typeof href === 'string' ? href : undefined, text.join('').trim()));
				}
				break;
		}
	});

	for (const element of [...components, ...htmlElements]) found.push(...checkElement(element));
	return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

function isOwnComponentImport(statement: EsmStatement): boolean {
	return (
		statement.type === 'ImportDeclaration' &&
		typeof statement.source?.value === 'string' &&
		OWN_COMPONENT.test(statement.source.value) &&
		statement.specifiers?.length === 1 &&
		statement.specifiers[0]!.type === 'ImportDefaultSpecifier'
	);
}

function checkElement(element: NoteElement): BodyProblem[] {
	const { name, line, column } = element;
	const problems: Problem[] = [];
	if (/^[A-Z]/.test(name) && !(MDX_COMPONENT_NAMES as readonly string[]).includes(name))
		problems.push(
			bodyProblems.unknownComponent(name, suggestClosest(name, MDX_COMPONENT_NAMES), MDX_COMPONENT_NAMES),
		);
	if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) problems.push(bodyProblems.forbiddenElement(name));
	problems.push(...element.expressionProps.map(() => bodyProblems.expression()));
	for (const [prop, value] of Object.entries(element.props)) {
		if (/^on/i.test(prop)) problems.push(bodyProblems.eventHandler(prop, name));
		if (URL_ATTRIBUTES.has(prop.toLowerCase()) && typeof value === 'string' && UNSAFE_URL.test(value))
			problems.push(bodyProblems.unsafeUrl(value.trim()));
	}
	return problems.map((problem) => ({ problem, line, column }));
}
