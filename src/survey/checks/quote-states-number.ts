// Papers write one number many ways: "97.1%", "0.971", "1,024 bins", "7B parameters", "300M", "1.2 billion",
// "a single action". A value is accepted when one of these readings of a number in its quote equals it.

const NUMBER_WORDS: Readonly<Record<string, number>> = {
	single: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19,
	twenty: 20,
};

// A count's suffix, as a factor on the bare number (absolute) and on the number in billions (how the survey records
// parameter counts).
const SUFFIXES: Readonly<Record<string, { absolute: number; billions: number }>> = {
	k: { absolute: 1e3, billions: 1e-6 },
	thousand: { absolute: 1e3, billions: 1e-6 },
	m: { absolute: 1e6, billions: 1e-3 },
	million: { absolute: 1e6, billions: 1e-3 },
	b: { absolute: 1e9, billions: 1 },
	billion: { absolute: 1e9, billions: 1 },
	t: { absolute: 1e12, billions: 1e3 },
	trillion: { absolute: 1e12, billions: 1e3 },
};

// A minus sign counts only where it cannot be a hyphen ("LIBERO-10" is ten); a digit inside a word is no number.
const NUMBER =
	/(?<![\w.])(?<sign>[-−–]?)(?<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d*\.\d+|\d+)(?:\s*(?<suffix>thousand|million|billion|trillion|[kmbt])(?![a-z]))?/giu;

function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Every value a number written in the quote may stand for. */
export function readingsOfQuote(quote: string): number[] {
	const readings: number[] = [];
	for (const match of quote.matchAll(NUMBER)) {
		const { sign = '', digits = '', suffix } = match.groups ?? {};
		const number = Number(digits.replaceAll(',', '')) * (sign === '' ? 1 : -1);
		if (!Number.isFinite(number)) continue;
		// A percentage written as a fraction, or a fraction written as a percentage.
		readings.push(number, number * 100, number / 100);
		const factor = suffix === undefined ? undefined : SUFFIXES[suffix.toLowerCase()];
		if (factor) readings.push(number * factor.absolute, number * factor.billions);
	}
	for (const word of quote.toLowerCase().match(/[a-z]+/g) ?? []) {
		const number = NUMBER_WORDS[word];
		if (number !== undefined) readings.push(number);
	}
	return readings;
}

/**
 * Whether a quote states a number, in any of the ways papers write it: with or without `%`, with thousands separators,
 * as a fraction for a percentage (0.971 for 97.1), with a count suffix (`7B`, `300M` for 0.3 in billions,
 * `1.2 billion`), or as a word ("one", "single", … "twenty").
 *
 * @example quoteStatesNumber('reaches 97.1% average success', 97.1) // true
 * @example quoteStatesNumber('a 300M-parameter model', 0.3) // true
 */
export function quoteStatesNumber(quote: string, value: number): boolean {
	return readingsOfQuote(quote).some((reading) => sameNumber(reading, value));
}
