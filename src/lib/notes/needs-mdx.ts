/**
 * Whether a note body needs the MDX compiler, or renders the same through the plain Markdown pipeline.
 *
 * Conservative by design: anything MDX reads differently from Markdown sends the note to MDX. That is JSX and HTML
 * (`<`), expressions (`{`, `}`), `import`/`export` lines, and indented lines (an indented code block in Markdown,
 * a paragraph in MDX). A false "needs MDX" only costs build time; a false "plain" would change what readers see.
 */
export function needsMdx(body: string): boolean {
	return /[<{}]|^(?:import|export)\s|^(?: {4}|\t)/m.test(body);
}

/**
 * Whether a Markdown note must render through the unified (remark) pipeline rather than Astro's native one, because
 * the two would write it differently: a citation in a heading (its id is computed before citations are linked
 * natively), and the typography the two SmartyPants implementations disagree on (`--`, and `''` as a closing
 * quote). Everything else renders the same on both (a test compares them).
 */
export function needsUnifiedMarkdown(body: string): boolean {
	return /^#{1,6}[ \t].*\[@|--|''/m.test(body);
}
