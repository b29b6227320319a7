import { slugify } from '../lib/text/slugify.ts';

/** Longest slug suggested; slugs become URLs and file names, so they stay short. */
export const MAX_SUGGESTED_SLUG_LENGTH = 40;

// A slug of digits alone ("0", "2048") reads as a number in a URL and says nothing about the paper.
const DIGITS_ONLY = /^[\d-]+$/;

/**
 * Suggests a slug for a paper: its short name before ": " when the title has one, else the title's first words,
 * cut at a word boundary to at most 40 characters. Greek letters are spelled out (π₀ → `pi0`). A slug is never
 * digits alone: a numeric short name falls back to the whole title, and a numeric title gets a `paper-` prefix.
 * Returns `''` when the title has no letters or digits that can be written in ASCII.
 *
 * @example suggestPaperSlug('Being-H0.5: Scaling Human-Centric Robot Learning') // 'being-h0-5'
 * @example suggestPaperSlug('π₀: A Vision-Language-Action Flow Model for General Robot Control') // 'pi0'
 * @example suggestPaperSlug('Executable Code Actions Elicit Better LLM Agents') // 'executable-code-actions-elicit-better'
 */
export function suggestPaperSlug(title: string): string {
	// The same split as getPaperName, so the slug matches the name readers see in citations.
	const shortName = slugify(title.split(/:\s/)[0]!);
	const whole = slugify(title);
	const slug = shortName && !DIGITS_ONLY.test(shortName) ? shortName : whole;
	if (!slug) return '';
	const cut = cutAtWord(slug);
	return DIGITS_ONLY.test(cut) ? cutAtWord(`paper-${cut}`) : cut;
}

function cutAtWord(slug: string): string {
	if (slug.length <= MAX_SUGGESTED_SLUG_LENGTH) return slug;
	const cut = slug.slice(0, MAX_SUGGESTED_SLUG_LENGTH + 1);
	const lastBreak = cut.lastIndexOf('-');
	return lastBreak > 0
		? cut.slice(0, lastBreak)
		: slug.slice(0, MAX_SUGGESTED_SLUG_LENGTH).replace(/-+$/, '');
}
