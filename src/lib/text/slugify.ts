// Greek letters are common in paper names (π₀, τ-bench, μP); spelled out, they keep the name readable in a URL.
const GREEK: Record<string, string> = {
	α: 'alpha',
	β: 'beta',
	γ: 'gamma',
	δ: 'delta',
	ε: 'epsilon',
	ϵ: 'epsilon',
	ζ: 'zeta',
	η: 'eta',
	θ: 'theta',
	ϑ: 'theta',
	ι: 'iota',
	κ: 'kappa',
	λ: 'lambda',
	μ: 'mu',
	µ: 'mu',
	ν: 'nu',
	ξ: 'xi',
	ο: 'omicron',
	π: 'pi',
	ϖ: 'pi',
	ρ: 'rho',
	σ: 'sigma',
	ς: 'sigma',
	τ: 'tau',
	υ: 'upsilon',
	φ: 'phi',
	ϕ: 'phi',
	χ: 'chi',
	ψ: 'psi',
	ω: 'omega',
};

// Latin letters that Unicode decomposition leaves as they are.
const LATIN: Record<string, string> = {
	ß: 'ss',
	æ: 'ae',
	œ: 'oe',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
	ı: 'i',
};

/**
 * Turns any text into a kebab-case slug of ASCII letters and digits. Accents are dropped, Greek letters spelled out
 * and sub- and superscript digits read as digits, so a letter and the number after it stay one word.
 *
 * @example slugify('Being-H0.5: Scaling') // 'being-h0-5-scaling'
 * @example slugify('π₀.₅') // 'pi0-5'
 */
export function slugify(text: string): string {
	return (
		text
			// NFKD turns ₀ and ⁵ into 0 and 5, and splits accented letters into a letter and a combining mark.
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/[\u0370-\u03ff\u00b5]/g, (letter) => GREEK[letter] ?? ' ')
			.replace(/[ßæœøłđðþı]/g, (letter) => LATIN[letter]!)
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
	);
}
