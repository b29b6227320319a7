const GREEK_COMMANDS: Record<string, string> = {
	alpha: 'α',
	beta: 'β',
	gamma: 'γ',
	delta: 'δ',
	epsilon: 'ε',
	varepsilon: 'ε',
	zeta: 'ζ',
	eta: 'η',
	theta: 'θ',
	iota: 'ι',
	kappa: 'κ',
	lambda: 'λ',
	mu: 'μ',
	nu: 'ν',
	xi: 'ξ',
	pi: 'π',
	rho: 'ρ',
	sigma: 'σ',
	tau: 'τ',
	upsilon: 'υ',
	phi: 'φ',
	varphi: 'φ',
	chi: 'χ',
	psi: 'ψ',
	omega: 'ω',
	Gamma: 'Γ',
	Delta: 'Δ',
	Theta: 'Θ',
	Lambda: 'Λ',
	Xi: 'Ξ',
	Pi: 'Π',
	Sigma: 'Σ',
	Phi: 'Φ',
	Psi: 'Ψ',
	Omega: 'Ω',
};

const SUBSCRIPT_DIGITS = '₀₁₂₃₄₅₆₇₈₉';
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

// Digits alone become Unicode sub- or superscripts (π₀); anything else (π_{0.5}) is written inline, as papers do.
const script = (text: string, digits: string) =>
	/^\d+$/.test(text) ? [...text].map((digit) => digits[Number(digit)]).join('') : text;

/**
 * Turns the markup exporters put in titles into plain Unicode text: TeX math that is only Greek letters and digits
 * (`$\pi_0$` → `π₀`, `$\pi_{0.5}$` → `π0.5`) as arXiv and BibTeX write it, and the `<sub>`/`<sup>`/`<i>` tags
 * citation-js makes of it. Other math stays TeX as published (`$k$`): made plain, it would lose what it says.
 *
 * @example formatPlainTitle('$\\pi_0$: A Vision-Language-Action Flow Model') // 'π₀: A Vision-Language-Action Flow Model'
 */
export function formatPlainTitle(title: string): string {
	return title
		.replace(/<sub>([^<]*)<\/sub>/gi, (_, text: string) => script(text, SUBSCRIPT_DIGITS))
		.replace(/<sup>([^<]*)<\/sup>/gi, (_, text: string) => script(text, SUPERSCRIPT_DIGITS))
		.replace(/<\/?(?:i|b|em|strong|span|sc)(?:\s[^>]*)?>/gi, '')
		.replace(/\$([^$]*)\$/g, (tex: string, math: string) => {
			const plain = math
				.replace(
					/\\([A-Za-z]+)\s*/g,
					(command, name: string) => GREEK_COMMANDS[name] ?? (/^math|^text/.test(name) ? '' : command),
				)
				.replace(/_\{([^}]*)\}|_(\w)/g, (_, braced?: string, single?: string) =>
					script(braced ?? single ?? '', SUBSCRIPT_DIGITS),
				)
				.replace(/\^\{([^}]*)\}|\^(\w)/g, (_, braced?: string, single?: string) =>
					script(braced ?? single ?? '', SUPERSCRIPT_DIGITS),
				)
				.replace(/[{}]/g, '');
			return /^[\p{Script=Greek}\d.,₀-₉⁰¹²³⁴-⁹\s-]+$/u.test(plain) ? plain : tex;
		})
		.replace(/\s+/g, ' ')
		.trim();
}
