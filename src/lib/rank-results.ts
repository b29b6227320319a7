import type { Benchmark } from '../schemas/benchmark';
import type { PaperData } from '../schemas/paper';

/** One leaderboard row: a paper's reported number and where it came from. */
export interface LeaderboardRow<T> {
	paper: T;
	rank: number;
	result: PaperData['results'][number];
}

/**
 * Ranks the results reported on one benchmark metric, best first (by the metric's direction); equal values share
 * a rank, and ties list the older paper first.
 */
export function rankResults<T extends { slug: string; data: Pick<PaperData, 'results' | 'date'> }>(
	papers: readonly T[],
	benchmarkId: string,
	metric: Benchmark['metrics'][number],
): LeaderboardRow<T>[] {
	const rows = papers.flatMap((paper) =>
		paper.data.results
			.filter((result) => result.benchmark === benchmarkId && result.metric === metric.id)
			.map((result) => ({ paper, result })),
	);
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

/** Counts the results reported on a benchmark, over all its metrics. */
export function countResults(
	papers: readonly { data: Pick<PaperData, 'results'> }[],
	benchmarkId: string,
): number {
	return papers.reduce(
		(sum, paper) => sum + paper.data.results.filter((result) => result.benchmark === benchmarkId).length,
		0,
	);
}
