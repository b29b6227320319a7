import type { Benchmark } from '../schemas/benchmark.ts';
import type { PaperData } from '../schemas/paper.ts';

/** One leaderboard row: a paper's reported number and where it came from. */
export interface LeaderboardRow<T> {
	paper: T;
	rank: number;
	result: PaperData['results'][number];
}

type RankablePaper = { slug: string; data: Pick<PaperData, 'results' | 'date'> };

function collectRows<T extends RankablePaper>(papers: readonly T[], benchmarkId: string, metricId: string) {
	return papers.flatMap((paper) =>
		paper.data.results
			.filter((result) => result.benchmark === benchmarkId && result.metric === metricId)
			.map((result) => ({ paper, result })),
	);
}

/**
 * Ranks the results reported on one benchmark metric, best first (by the metric's direction); equal values share
 * a rank, and ties list the older paper first. Only absolute scores are ranked: a `gain` metric is an error here,
 * because each paper measures its gain against its own baseline (use `listGains`).
 */
export function rankResults<T extends RankablePaper>(
	papers: readonly T[],
	benchmarkId: string,
	metric: Benchmark['metrics'][number],
): LeaderboardRow<T>[] {
	if (metric.kind === 'gain')
		throw new Error(
			`The metric "${metric.id}" of "${benchmarkId}" is a gain over each paper's own baseline; gains are not ranked.`,
		);
	const rows = collectRows(papers, benchmarkId, metric.id);
	const direction = metric.higher_is_better ? -1 : 1;
	rows.sort(
		(a, b) =>
			direction * (a.result.value - b.result.value) ||
			a.paper.data.date.localeCompare(b.paper.data.date) ||
			a.paper.slug.localeCompare(b.paper.slug),
	);
	let rank = 0;
	return rows.map((row, position) => {
		if (position === 0 || row.result.value !== rows[position - 1]!.result.value) rank = position + 1;
		return { ...row, rank };
	});
}

/** One reported gain: a paper's improvement over a baseline it chose, listed but never ranked. */
export interface GainRow<T> {
	paper: T;
	result: PaperData['results'][number];
}

/** Lists the gains reported on one `gain` metric in publication order (oldest first), without ranks. */
export function listGains<T extends RankablePaper>(
	papers: readonly T[],
	benchmarkId: string,
	metric: Benchmark['metrics'][number],
): GainRow<T>[] {
	return collectRows(papers, benchmarkId, metric.id).sort(
		(a, b) => a.paper.data.date.localeCompare(b.paper.data.date) || a.paper.slug.localeCompare(b.paper.slug),
	);
}

/**
 * Counts the results reported on a benchmark, over all its metrics: absolute scores (ranked) and gains (unranked)
 * apart. Results naming a metric the benchmark lacks are not counted.
 */
export function countResults(
	papers: readonly { data: Pick<PaperData, 'results'> }[],
	benchmarkId: string,
	benchmark: Pick<Benchmark, 'metrics'>,
): { scores: number; gains: number } {
	const counts = { scores: 0, gains: 0 };
	for (const paper of papers)
		for (const result of paper.data.results) {
			if (result.benchmark !== benchmarkId) continue;
			const metric = benchmark.metrics.find((entry) => entry.id === result.metric);
			if (metric?.kind === 'gain') counts.gains += 1;
			else if (metric) counts.scores += 1;
		}
	return counts;
}
