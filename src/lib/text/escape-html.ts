/** Text as Astro escapes an expression's text: the five characters HTML gives meaning to. */
export function escapeHtmlText(text: string): string {
	return text.replace(/[&<>'"]/g, (character) => HTML_ENTITIES[character]!);
}

/** An attribute value as Astro escapes it inside double quotes. */
export function escapeHtmlAttribute(value: string): string {
	return value.replace(/[&"]/g, (character) => HTML_ENTITIES[character]!);
}

const HTML_ENTITIES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	"'": '&#39;',
	'"': '&quot;',
};
