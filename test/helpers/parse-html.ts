import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { readSurveyConfig } from '../../src/survey/read-survey-config';

type ChildNode = DefaultTreeAdapterMap['childNode'];
type Template = DefaultTreeAdapterMap['template'];

/** One element of a parsed page, as a browser sees it: entities decoded, SVG and MathML included. */
export interface PageElement {
	/** Lower-case tag name, e.g. `a`, `script`, `use`. */
	tag: string;
	/** Attributes by name (`xlink:href` keeps its prefix). */
	attributes: Record<string, string>;
	/** The element's own text content (for `script` and `style`). */
	text: string;
	/** Whether it sits inside `<head>`. */
	inHead: boolean;
}

/** Every element of an HTML document, in document order. */
export function parseElements(html: string): PageElement[] {
	const elements: PageElement[] = [];
	const walk = (node: ChildNode, inHead: boolean) => {
		if (!('tagName' in node)) return;
		const attributes = Object.fromEntries(
			node.attrs.map((attribute) => [
				attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name,
				attribute.value,
			]),
		);
		const text = node.childNodes
			.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : ''))
			.join('');
		elements.push({ tag: node.tagName, attributes, text, inHead });
		const children = node.tagName === 'template' ? (node as Template).content.childNodes : node.childNodes;
		for (const child of children) walk(child, inHead || node.tagName === 'head');
	};
	for (const child of parse(html).childNodes) walk(child, false);
	return elements;
}

/** Parses one built page. */
export const readPage = (siteDir: string, file: string) =>
	parseElements(readFileSync(join(siteDir, file), 'utf8'));

/** The deployed origin and base path of a survey folder, from its `survey.yaml`. */
export function readSiteAddress(surveyDir: string): { origin: string; base: string } {
	const config = readSurveyConfig(surveyDir);
	if (!config) throw new Error(`No valid survey.yaml in ${surveyDir}`);
	return { origin: new URL(config.site).origin, base: config.base };
}

/** The path a built file is served at under `base`: `papers/x/index.html` → `/papers/x/`. */
export const pagePath = (base: string, file: string) => `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
