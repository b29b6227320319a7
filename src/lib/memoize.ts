/** Wraps `compute` so that each key is computed once and its result reused; keys compare as Map keys do. */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
	const results = new Map<K, V>();
	return (key) => {
		if (!results.has(key)) results.set(key, compute(key));
		return results.get(key)!;
	};
}
