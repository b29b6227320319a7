/**
 * Turns any text into a kebab-case slug of ASCII letters and digits.
 *
 * @example slugify('Being-H0.5: Scaling') // 'being-h0-5-scaling'
 */
export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
