/** Quotes text as a CSS string. */
const cssString = (text: string) =>
	`"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;

/**
 * The print edition's page furniture as CSS: page numbers, the survey's name on every page but the title page, and
 * each chapter's title on its own pages through a named page per chapter (the `data-print-page` attribute).
 */
export function buildRunningHeadsCss(
	runningTitle: string,
	chapters: readonly { id: string; title: string }[],
): string {
	const furniture = (right: string) =>
		`\t@top-left { content: ${cssString(runningTitle)}; }\n\t@top-right { content: ${right}; }\n\t@bottom-center { content: counter(page) " / " counter(pages); }`;
	const rules = [
		`@page {\n${furniture('none')}\n}`,
		'@page :first {\n\t@top-left { content: none; }\n\t@bottom-center { content: none; }\n}',
		...chapters.map(
			(chapter) =>
				`[data-print-page='chapter-${chapter.id}'] {\n\tpage: chapter-${chapter.id};\n}\n@page chapter-${chapter.id} {\n${furniture(cssString(chapter.title))}\n}`,
		),
		`[data-print-page='appendix'] {\n\tpage: appendix;\n}\n@page appendix {\n${furniture('"Appendix: the papers"')}\n}`,
		`[data-print-page='bibliography'] {\n\tpage: bibliography;\n}\n@page bibliography {\n${furniture('"Bibliography"')}\n}`,
	];
	return `/* Generated from survey.yaml and the chapters: running heads and page numbers for /print/. */\n@media print {\n${rules.join('\n')}\n}\n`;
}
