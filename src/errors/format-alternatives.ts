/** Joins ids as `"a", "b" or "c"` for messages. */
export function formatAlternatives(ids: readonly string[], conjunction = 'or'): string {
	const quoted = ids.map((id) => `"${id}"`);
	if (quoted.length <= 1) return quoted.join('');
	return `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted.at(-1)}`;
}
