/**
 * Escapes text for a braced BibTeX field: the characters BibTeX treats specially (`& % $ # _`) get a backslash, and
 * capitals are protected so styles keep the title's case.
 *
 * @example formatBibtexValue('Action Atlas: How AI acts') // '{Action} {Atlas}: {How} {AI} acts'
 */
export function formatBibtexValue(text: string): string {
	return text.replace(/[&%$#_]/g, (char) => `\\${char}`).replace(/\b([A-Z][\w-]*)/g, '{$1}');
}
