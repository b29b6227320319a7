import type { GeneratedSurvey } from './generate-survey';
import type { Machine } from './machine';
import type { DevSaveCost, SaveTimes } from './measure-dev-saves';
import type { FilterLatency } from './measure-filter';
import type { PageWeight } from './measure-page-weight';
import type { SearchCost } from './measure-search';
import type { BuildProfile } from './profile-build';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** The reference targets; the table says whether each was met, never adjusts a figure towards it. */
const TARGETS = {
	/** Our build time as a multiple of the minimal Astro site's: 1.0 is the goal, 1.5 closes issue #10. */
	buildRatioGoal: 1.0,
	buildRatioBar: 1.5,
	peakRssBytes: 3 * GIB,
	searchBytes: 150 * 1024,
	paperPageBytes: 30 * 1024,
	filterMs: 50,
};

const formatBytes = (bytes: number) =>
	bytes >= GIB
		? `${(bytes / GIB).toFixed(2)} GiB`
		: bytes >= MIB
			? `${(bytes / MIB).toFixed(1)} MiB`
			: `${(bytes / 1024).toFixed(1)} KiB`;
const formatMs = (ms: number) => `${ms.toFixed(1)} ms`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

function formatTable(title: string, header: string[], rows: string[][]): string {
	const widths = header.map((cell, column) =>
		Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)),
	);
	const line = (cells: string[]) =>
		`| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
	return [
		`\n${title}`,
		line(header),
		`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
		...rows.map(line),
	].join('\n');
}

/** Everything one run measured; written to `.bench/results-N.json`. */
export interface BenchResults {
	papers: number;
	seed: number;
	date: string;
	/** The project revision measured: the commit, with a note when src/ or the config differ from it. */
	revision: string;
	machine: Machine;
	generated: GeneratedSurvey & { seconds: number };
	checkSeconds: number;
	build: BuildProfile;
	dist?: { bytes: number; files: number; pagefindBytes: number; pagefindFiles: number };
	search?: SearchCost;
	filter?: FilterLatency;
	pageWeights?: PageWeight[];
	/** The same notes built by a minimal Astro site with the Pagefind CLI (`--baseline`), measured the same way. */
	baseline?: {
		build: BuildProfile;
		dist?: { bytes: number; files: number; pagefindBytes: number; pagefindFiles: number };
		search?: SearchCost;
	};
	/** A second build after one note's text changed, with the content cache of the first. */
	warmRebuild?: BuildProfile;
	/** A save in `npm run dev`: to the terminal's line and the overlay, and the re-check function alone. */
	devSaves?: DevSaveCost;
	/** /proc/loadavg when the run ended, next to the machine's at the start. */
	loadAverageAtEnd?: string;
}

export function printResults(results: BenchResults): void {
	const { machine, build } = results;
	const out: string[] = [];
	out.push(
		`Action Atlas benchmark: ${results.papers} synthetic papers (seed ${results.seed}), ${results.date}, revision ${results.revision}`,
	);
	out.push(
		`Machine: ${machine.cores} cores (nproc), ${formatBytes(machine.memoryBytes)} RAM, ${machine.cpu}, Node ${machine.node}${machine.chromium ? `, Chromium ${machine.chromium}` : ''}; load average at start ${machine.loadAverage}`,
	);
	out.push(
		`Survey: ${results.generated.papers} papers, ${results.generated.words} words in note bodies, generated in ${results.generated.seconds.toFixed(1)} s; npm run check equivalent (loadSurvey) ${results.checkSeconds.toFixed(1)} s`,
	);

	const buildRows: string[][] = [
		['Build, total (wall clock)', `${build.seconds.toFixed(1)} s`, ''],
		['  Astro (everything but Pagefind)', `${build.astroSeconds.toFixed(1)} s`, ''],
		[
			'  Pagefind',
			`${build.pagefindSeconds.toFixed(1)} s`,
			build.memory.pagefindSeen
				? `binary alive ${((build.memory.pagefindSeen.to - build.memory.pagefindSeen.from) / 1000).toFixed(1)} s`
				: '',
		],
		...build.phases.map((phase) => [
			`    ${phase.label}`,
			`${phase.seconds.toFixed(1)} s`,
			`${((phase.seconds / build.seconds) * 100).toFixed(0)} %`,
		]),
		[
			'  Astro\'s "pages built in" (includes Pagefind)',
			build.astroReportedSeconds === undefined ? 'n/a' : `${build.astroReportedSeconds.toFixed(1)} s`,
			`${build.pages ?? '?'} pages, ${build.indexedPages ?? '?'} indexed`,
		],
		['Per paper', `${((build.seconds * 1000) / results.papers).toFixed(1)} ms`, ''],
		[
			'CPU time of the build (user + system)',
			build.cpuSeconds === undefined ? 'n/a' : `${build.cpuSeconds.toFixed(1)} s`,
			build.cpuSeconds === undefined
				? ''
				: `${(build.cpuSeconds / build.seconds).toFixed(2)} cores on average`,
		],
		[
			'CPU used by other processes meanwhile',
			build.otherCpuSeconds === undefined ? 'n/a' : `${build.otherCpuSeconds.toFixed(1)} s`,
			build.otherCpuSeconds === undefined
				? ''
				: `${((build.otherCpuSeconds / (build.seconds * machine.cores)) * 100).toFixed(0)} % of the machine${build.otherCpuSeconds > 0.1 * build.seconds * machine.cores ? ': timings are inflated' : ''}`,
		],
		[
			'Peak RSS, build tree (sum, 100 ms polling)',
			formatBytes(build.memory.peakBytes),
			`≤ 3 GiB: ${verdict(build.memory.peakBytes <= TARGETS.peakRssBytes)}`,
		],
		...Object.entries(build.memory.peakByPhase).map(([phase, bytes]) => [
			`  during ${phase}`,
			formatBytes(bytes),
			'',
		]),
		...Object.entries(build.memory.peakByCommand)
			.filter(([, bytes]) => bytes > 8 * MIB)
			.map(([command, bytes]) => [`  process "${command}"`, formatBytes(bytes), '']),
		[
			'Max RSS, largest single process (GNU time)',
			build.maxSingleProcessRssBytes === undefined ? 'n/a' : formatBytes(build.maxSingleProcessRssBytes),
			'',
		],
		['Build log', `${build.logLines} lines`, `${build.warnings} warnings`],
	];
	if (results.dist) {
		buildRows.push(['dist/', formatBytes(results.dist.bytes), `${results.dist.files} files`]);
		buildRows.push([
			'dist/pagefind/',
			formatBytes(results.dist.pagefindBytes),
			`${results.dist.pagefindFiles} files`,
		]);
	}
	out.push(formatTable('Build', ['Metric', 'Value', 'Note'], buildRows));

	if (results.search) {
		const search = results.search;
		out.push(
			formatTable(
				`First search in Chromium: /search/?q=${search.query} (${search.results})`,
				['Requests', 'Count', 'Raw', 'gzip', 'Note'],
				[
					[
						'Page + search, all requests',
						String(search.requests),
						formatBytes(search.totalRaw),
						formatBytes(search.totalGzip),
						`≤ 150 KiB gzip: ${verdict(search.totalGzip <= TARGETS.searchBytes)}; results after ${formatMs(search.msToResults)}`,
					],
					[
						'Search only (/pagefind/)',
						String(search.searchRequests),
						formatBytes(search.searchRaw),
						formatBytes(search.searchGzip),
						`≤ 150 KiB gzip: ${verdict(search.searchGzip <= TARGETS.searchBytes)}`,
					],
					...Object.entries(search.byKind)
						.sort((a, b) => b[1].gzip - a[1].gzip)
						.map(([kind, entry]) => [
							`  ${kind}`,
							String(entry.requests),
							formatBytes(entry.raw),
							formatBytes(entry.gzip),
							'',
						]),
				],
			),
		);
	}
	if (results.filter) {
		const filter = results.filter;
		out.push(
			formatTable(
				`Filter change on /papers/ (${filter.changes.length} changes; page DOMContentLoaded ${formatMs(filter.domContentLoadedMs)}, load ${formatMs(filter.loadMs)})`,
				['Until', 'Median', 'p95', 'Max', 'Note'],
				[
					[
						'status text updated',
						formatMs(filter.statusMs.median),
						formatMs(filter.statusMs.p95),
						formatMs(filter.statusMs.max),
						`≤ 50 ms (p95): ${verdict(filter.statusMs.p95 <= TARGETS.filterMs)}`,
					],
					[
						'+ forced style and layout',
						formatMs(filter.layoutMs.median),
						formatMs(filter.layoutMs.p95),
						formatMs(filter.layoutMs.max),
						`≤ 50 ms (p95): ${verdict(filter.layoutMs.p95 <= TARGETS.filterMs)}`,
					],
					[
						'next frame (rAF + task)',
						formatMs(filter.frameMs.median),
						formatMs(filter.frameMs.p95),
						formatMs(filter.frameMs.max),
						`≤ 50 ms (p95): ${verdict(filter.frameMs.p95 <= TARGETS.filterMs)}; includes vsync wait`,
					],
				],
			),
		);
	}
	if (results.pageWeights) {
		out.push(
			formatTable(
				'Page weight (gzip; HTML + CSS + JS loaded up front)',
				['Page', 'HTML raw', 'HTML', 'CSS', 'JS', 'Total', 'Path'],
				results.pageWeights.map((weight) => [
					weight.page,
					formatBytes(weight.htmlBytes),
					formatBytes(weight.htmlGzip),
					formatBytes(weight.cssGzip),
					formatBytes(weight.jsGzip),
					`${formatBytes(weight.totalGzip)}${weight.page.startsWith('paper (median)') ? ` (≤ 30 KiB: ${verdict(weight.totalGzip <= TARGETS.paperPageBytes)})` : ''}`,
					weight.path,
				]),
			),
		);
	}
	process.stdout.write(`${out.join('\n')}\n`);
}

const ratio = (ours: number, theirs: number) => (theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : 'n/a');

/** The figures issue #10 closes on: ours, the minimal Astro site's, and their ratio, from one run. */
export function printComparison(results: BenchResults): void {
	const { baseline, build, search } = results;
	if (!baseline) return;
	const buildRatio = build.seconds / baseline.build.seconds;
	const rows: string[][] = [
		[
			'Full build with search index',
			`${build.seconds.toFixed(1)} s`,
			`${baseline.build.seconds.toFixed(1)} s`,
			ratio(build.seconds, baseline.build.seconds),
			`≤ ${TARGETS.buildRatioGoal.toFixed(1)}× goal: ${verdict(buildRatio <= TARGETS.buildRatioGoal)}; ≤ ${TARGETS.buildRatioBar}×: ${verdict(buildRatio <= TARGETS.buildRatioBar)}`,
		],
		[
			'  of which search indexing',
			`${build.pagefindSeconds.toFixed(1)} s`,
			`${baseline.build.pagefindSeconds.toFixed(1)} s`,
			ratio(build.pagefindSeconds, baseline.build.pagefindSeconds),
			`${build.indexedPages ?? '?'} / ${baseline.build.indexedPages ?? '?'} pages indexed`,
		],
		[
			'Peak RSS, process tree (sum)',
			formatBytes(build.memory.peakBytes),
			formatBytes(baseline.build.memory.peakBytes),
			ratio(build.memory.peakBytes, baseline.build.memory.peakBytes),
			`≤ 3 GiB: ${verdict(build.memory.peakBytes <= TARGETS.peakRssBytes)}`,
		],
	];
	if (search && baseline.search)
		rows.push([
			'First search, all requests (gzip)',
			formatBytes(search.totalGzip),
			formatBytes(baseline.search.totalGzip),
			ratio(search.totalGzip, baseline.search.totalGzip),
			`≤ 150 KiB: ${verdict(search.totalGzip <= TARGETS.searchBytes)}`,
		]);
	if (results.dist && baseline.dist)
		rows.push([
			'Pages written / dist size',
			`${build.pages ?? '?'} / ${formatBytes(results.dist.bytes)}`,
			`${baseline.build.pages ?? '?'} / ${formatBytes(baseline.dist.bytes)}`,
			ratio(results.dist.bytes, baseline.dist.bytes),
			'',
		]);
	const loads = `load average ${results.machine.loadAverage} at start, ${results.loadAverageAtEnd ?? '?'} at end`;
	process.stdout.write(
		`${formatTable(`Against the minimal Astro site, same run, ${results.papers} papers (${loads})`, ['Figure', 'Action Atlas', 'Minimal Astro', 'Ratio', 'Target'], rows)}\n`,
	);
}

/** The warm rebuild's line: one edited note, the content cache of the cold build. */
export function printWarmRebuild(results: BenchResults): void {
	const warm = results.warmRebuild;
	if (!warm) return;
	process.stdout.write(
		`\nWarm rebuild after editing one note: ${warm.seconds.toFixed(1)} s (cold ${results.build.seconds.toFixed(1)} s; ${ratio(warm.seconds, results.build.seconds)}), peak RSS ${formatBytes(warm.memory.peakBytes)}\n`,
	);
}

/** The targets of issue #23: a save reaches the terminal and the overlay within 300 ms at 1,000 notes, 1 s at 10,000. */
const saveTargetMs = (papers: number) => (papers <= 1000 ? 300 : papers <= 10_000 ? 1000 : undefined);

/** The save figures: what a contributor sees in `npm run dev`, and the re-check function alone. */
export function printDevSaves(
	results: Pick<BenchResults, 'papers' | 'devSaves' | 'machine' | 'loadAverageAtEnd' | 'revision'>,
): void {
	const saves = results.devSaves;
	if (!saves) return;
	const target = saveTargetMs(results.papers);
	const judge = (times: SaveTimes) =>
		target === undefined
			? ''
			: `≤ ${target >= 1000 ? `${target / 1000} s` : `${target} ms`}: ${verdict(times.median <= target)}`;
	const row = (label: string, times: SaveTimes, note: string) => [
		label,
		formatMs(times.median),
		times.each.map((ms) => ms.toFixed(0)).join(', '),
		note,
	];
	const rows = [
		row('Save with an error → terminal line', saves.toTerminal, judge(saves.toTerminal)),
		...(saves.toOverlay
			? [row('Save with an error → overlay in the page', saves.toOverlay, judge(saves.toOverlay))]
			: [['Save with an error → overlay in the page', 'n/a', '', 'not timed (no Chromium) or not seen']]),
		row('Save mending it → "no errors" line', saves.fixToTerminal, ''),
		row(
			'  re-check function alone (recheck)',
			saves.recheckFunction,
			'in-process wall time: no watcher, settle delay or dev server',
		),
	];
	process.stdout.write(
		`${formatTable(
			`Save in npm run dev, ${results.papers} papers: median of ${saves.saves} saves, as a user sees it (astro dev started in ${saves.startupSeconds.toFixed(1)} s; revision ${results.revision}; load average ${results.machine.loadAverage} at start, ${results.loadAverageAtEnd ?? '?'} at end)`,
			['From writing the note to', 'Median', 'Each (ms)', 'Target'],
			rows,
		)}\nTimes run from just before the write to the line arriving on the dev server's pipe, or to the page's MutationObserver seeing Vite's overlay; they include the file watcher, the check's settle delay (SETTLE_MS in src/integration/dev-validation.ts) and the dev server's own reload of the note.\n`,
	);
}
