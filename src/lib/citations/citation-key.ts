/**
 * The BibTeX key of a paper: its slug with hyphens as underscores (citation-js rejects hyphenated keys). Slugs never
 * change, so neither do keys.
 *
 * @example toCitationKey('being-h0-5') // 'being_h0_5'
 */
export function toCitationKey(slug: string): string {
	return slug.replace(/-/g, '_');
}
