import { resultProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import type { Benchmark } from '../../schemas/benchmark.ts';
import type { PaperData } from '../../schemas/paper.ts';
import { suggestClosest } from '../../lib/suggest-closest.ts';

/** Checks that every result names a known benchmark, one of its metrics and, if given, one of its suites. */
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
		if (!metrics.includes(result.metric)) {
			found.push({
				problem: resultProblems.unknownMetric(
					result.benchmark,
					result.metric,
					suggestClosest(result.metric, metrics),
					metrics,
				),
				path: ['results', index, 'metric'],
			});
		}
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
		return found;
	});
}
