import type { Benchmark } from '../../schemas/benchmark.ts';
import type { PaperData } from '../../schemas/paper.ts';

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

function rankRows<T extends RankablePaper>(
	rows: { paper: T; result: PaperData['results'][number] }[],
	metric: Benchmark['metrics'][number],
): LeaderboardRow<T>[] {
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

type GroupedBenchmark = Pick<Benchmark, 'protocols' | 'suites' | 'inputs'>;

/**
 * Whether a result is ranked: it is an absolute score (not a gain), does not say it fits no protocol, and names one
 * of the benchmark's protocols when the benchmark declares any.
 */
export function isRanked(
	result: Pick<PaperData['results'][number], 'protocol' | 'unranked'>,
	metric: Pick<Benchmark['metrics'][number], 'kind'>,
	benchmark: Pick<Benchmark, 'protocols'>,
): boolean {
	return (
		metric.kind !== 'gain' &&
		result.unranked === undefined &&
		(benchmark.protocols.length === 0 ||
			benchmark.protocols.some((protocol) => protocol.id === result.protocol))
	);
}

/** The inputs a result declares, as the benchmark's entries in the benchmark's order; undefined when it names none. */
export function listDeclaredInputs(
	benchmark: Pick<Benchmark, 'inputs'>,
	ids: readonly string[] | undefined,
): Benchmark['inputs'] | undefined {
	return ids && benchmark.inputs.filter((input) => ids.includes(input.id));
}

/**
 * Names inputs for readers, as leaderboards and /compare/ show them.
 *
 * @example describeInputs([{ id: 'wrist-image', label: 'Wrist image' }]) // 'wrist image'
 */
export function describeInputs(inputs: Benchmark['inputs']): string {
	return inputs.map((input) => input.label.toLowerCase()).join(', ');
}

/** One ranked table: the results of one protocol, one suite (or the overall figure) and one set of inputs. */
export interface LeaderboardGroup<T> {
	/** The protocol every row was run under; undefined on a benchmark that declares none. */
	protocol: Benchmark['protocols'][number] | undefined;
	/** The suite every row reports on; undefined for overall figures. */
	suite: Benchmark['suites'][number] | undefined;
	/** The inputs every row declares, in the benchmark's order; undefined when the rows do not say. */
	inputs: Benchmark['inputs'] | undefined;
	rows: LeaderboardRow<T>[];
}

/** The leaderboard of one metric: ranked groups of like results, and the results that fit no protocol. */
export interface Leaderboard<T> {
	groups: LeaderboardGroup<T>[];
	/** Results that say why they fit none of the benchmark's protocols: shown, never ranked. */
	unranked: UnrankedRow<T>[];
}

const positionIn = (list: readonly { id: string }[], id: string | undefined) =>
	id === undefined ? -1 : list.findIndex((entry) => entry.id === id);

/**
 * Ranks the results reported on one benchmark metric, best first (by the metric's direction), only ever against
 * results of the same protocol, suite and inputs: each such combination is its own group, so a zero-shot run never
 * outranks a fine-tuned one and a policy with a wrist camera never outranks one without. Equal values share a rank,
 * and ties list the older paper first. Groups come in the benchmark's protocol order, overall figures before suites.
 * Only absolute scores are ranked: a `gain` metric is an error here, because each paper measures its gain against
 * its own baseline (use `listGains`).
 */
export function rankLeaderboard<T extends RankablePaper>(
	papers: readonly T[],
	benchmarkId: string,
	benchmark: GroupedBenchmark,
	metric: Benchmark['metrics'][number],
): Leaderboard<T> {
	if (metric.kind === 'gain')
		throw new Error(
			`The metric "${metric.id}" of "${benchmarkId}" is a gain over each paper's own baseline; gains are not ranked.`,
		);
	const byGroup = new Map<
		string,
		{ group: Omit<LeaderboardGroup<T>, 'rows'>; rows: ReturnType<typeof collectRows<T>> }
	>();
	const unranked: UnrankedRow<T>[] = [];
	for (const row of collectRows(papers, benchmarkId, metric.id)) {
		const { result } = row;
		if (!isRanked(result, metric, benchmark)) {
			unranked.push(row);
			continue;
		}
		const protocol = benchmark.protocols.find((entry) => entry.id === result.protocol);
		const inputs = listDeclaredInputs(benchmark, result.inputs);
		const key = JSON.stringify([protocol?.id, result.suite, inputs?.map((input) => input.id)]);
		const entry = byGroup.get(key) ?? {
			group: { protocol, suite: benchmark.suites.find((suite) => suite.id === result.suite), inputs },
			rows: [],
		};
		entry.rows.push(row);
		byGroup.set(key, entry);
	}
	const groups = [...byGroup.values()].map(({ group, rows }) => ({ ...group, rows: rankRows(rows, metric) }));
	groups.sort(
		(a, b) =>
			positionIn(benchmark.protocols, a.protocol?.id) - positionIn(benchmark.protocols, b.protocol?.id) ||
			positionIn(benchmark.suites, a.suite?.id) - positionIn(benchmark.suites, b.suite?.id) ||
			b.rows.length - a.rows.length ||
			(a.inputs?.length ?? -1) - (b.inputs?.length ?? -1),
	);
	return { groups, unranked: sortByDate(unranked) };
}

/** A result listed but never ranked: a gain over a baseline the paper chose, or a run that fits no protocol. */
export interface UnrankedRow<T> {
	paper: T;
	result: PaperData['results'][number];
}

/** Lists the gains reported on one `gain` metric in publication order (oldest first), without ranks. */
export function listGains<T extends RankablePaper>(
	papers: readonly T[],
	benchmarkId: string,
	metric: Benchmark['metrics'][number],
): UnrankedRow<T>[] {
	return sortByDate(collectRows(papers, benchmarkId, metric.id));
}

function sortByDate<T extends RankablePaper>(rows: UnrankedRow<T>[]): UnrankedRow<T>[] {
	return rows.sort(
		(a, b) => a.paper.data.date.localeCompare(b.paper.data.date) || a.paper.slug.localeCompare(b.paper.slug),
	);
}

/**
 * Counts the results reported on a benchmark, over all its metrics: scores that are ranked, and results listed
 * unranked (gains over a paper's own baseline, and runs that fit none of the benchmark's protocols). Results naming
 * a metric the benchmark lacks are not counted.
 */
export function countResults(
	papers: readonly { data: Pick<PaperData, 'results'> }[],
	benchmarkId: string,
	benchmark: Pick<Benchmark, 'metrics' | 'protocols'>,
): { ranked: number; unranked: number } {
	const counts = { ranked: 0, unranked: 0 };
	for (const paper of papers)
		for (const result of paper.data.results) {
			if (result.benchmark !== benchmarkId) continue;
			const metric = benchmark.metrics.find((entry) => entry.id === result.metric);
			if (!metric) continue;
			if (isRanked(result, metric, benchmark)) counts.ranked += 1;
			else counts.unranked += 1;
		}
	return counts;
}
