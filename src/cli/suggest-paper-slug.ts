import { slugify } from '../lib/slugify';

/** Longest slug suggested; slugs become URLs and file names, so they stay short. */
export const MAX_SUGGESTED_SLUG_LENGTH = 40;

/**
 * Suggests a slug for a paper: its short name before ": " when the title has one, else the title's first words,
 * cut at a word boundary to at most 40 characters. Returns `''` when the title has no ASCII letters or digits.
 *
 * @example suggestPaperSlug('Being-H0.5: Scaling Human-Centric Robot Learning') // 'being-h0-5'
 * @example suggestPaperSlug('Executable Code Actions Elicit Better LLM Agents') // 'executable-code-actions-elicit-better'
 */
export function suggestPaperSlug(title: string): string {
	// The same split as getPaperName, so the slug matches the name readers see in citations.
	const shortName = title.split(/:\s/)[0]!;
	const slug = slugify(shortName) || slugify(title);
	if (slug.length <= MAX_SUGGESTED_SLUG_LENGTH) return slug;
	const cut = slug.slice(0, MAX_SUGGESTED_SLUG_LENGTH + 1);
	const lastBreak = cut.lastIndexOf('-');
	return lastBreak > 0
		? cut.slice(0, lastBreak)
		: slug.slice(0, MAX_SUGGESTED_SLUG_LENGTH).replace(/-+$/, '');
}
