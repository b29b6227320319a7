import { resultProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { PaperData } from '../../schemas/paper.ts';
import { suggestClosest } from '../../lib/text/suggest-closest.ts';
import { quoteStatesNumber } from './quote-states-number.ts';

/**
 * Checks that every result names a known benchmark, one of its metrics and, if given, one of its suites; a declared
 * protocol (or why none fits) and inputs; and a quote that states the number.
 */
export function checkResults(
	results: PaperData['results'],
	benchmarks: ReadonlyMap<string, Benchmark>,
): LocatedProblem[] {
	const ids = [...benchmarks.keys()];
	return results.flatMap((result, index): LocatedProblem[] => {
		const benchmark = benchmarks.get(result.benchmark);
		if (!benchmark) {
			return [
				{
					problem: resultProblems.unknownBenchmark(
						result.benchmark,
						suggestClosest(result.benchmark, ids),
						ids,
					),
					path: ['results', index, 'benchmark'],
				},
			];
		}
		const found: LocatedProblem[] = [];
		const metrics = benchmark.metrics.map((metric) => metric.id);
		found.push(
			...checkKnown(result.metric, metrics, ['results', index, 'metric'], (suggestions) =>
				resultProblems.unknownMetric(result.benchmark, result.metric, suggestions, metrics),
			),
		);
		if (result.suite !== undefined && !benchmark.suites.some((suite) => suite.id === result.suite)) {
			found.push({
				problem: resultProblems.unknownSuite(
					result.benchmark,
					result.suite,
					benchmark.suites.map((suite) => suite.id),
				),
				path: ['results', index, 'suite'],
			});
		}
		// A gain is measured against the paper's own baseline and never ranked, so it needs no protocol.
		const isGain = benchmark.metrics.find((metric) => metric.id === result.metric)?.kind === 'gain';
		if (!isGain) found.push(...checkProtocol(result, benchmark, index));
		if (!quoteStatesNumber(result.quote, result.value))
			found.push({
				problem: resultProblems.numberNotInQuote(
					`The result on "${result.benchmark}" (${result.metric})`,
					result.value,
					result.quote,
				),
				path: ['results', index, 'quote'],
			});
		return found;
	});
}

function checkProtocol(
	result: PaperData['results'][number],
	benchmark: Benchmark,
	index: number,
): LocatedProblem[] {
	const found: LocatedProblem[] = [];
	const protocols = benchmark.protocols.map((protocol) => protocol.id);
	if (result.protocol === undefined) {
		if (protocols.length > 0 && result.unranked === undefined)
			found.push({
				problem: resultProblems.missingProtocol(result.benchmark, protocols),
				path: ['results', index],
			});
	} else
		found.push(
			...checkKnown(result.protocol, protocols, ['results', index, 'protocol'], (suggestions) =>
				resultProblems.unknownProtocol(result.benchmark, result.protocol!, suggestions, protocols),
			),
		);
	const inputs = benchmark.inputs.map((input) => input.id);
	(result.inputs ?? []).forEach((input, position) =>
		found.push(
			...checkKnown(input, inputs, ['results', index, 'inputs', position], (suggestions) =>
				resultProblems.unknownInput(result.benchmark, input, suggestions, inputs),
			),
		),
	);
	return found;
}

/** A problem, with "did you mean" suggestions, when `value` is not one of the `known` ids. */
function checkKnown(
	value: string,
	known: readonly string[],
	path: LocatedProblem['path'],
	problem: (suggestions: string[]) => LocatedProblem['problem'],
): LocatedProblem[] {
	return known.includes(value) ? [] : [{ problem: problem(suggestClosest(value, known)), path }];
}
