/**
 * `npm run bench -- --papers N [--baseline] [--warm] [--no-saves | --saves-only] [--seed S] [--keep]`: generates a synthetic survey of N papers
 * in `.bench/survey-N/`, builds it with the project's own Astro and measures what grows with N. With `--baseline` it
 * also builds the same notes with a minimal Astro site (bench/baseline-site.ts) in `.bench/baseline-N/` and prints
 * our time, peak memory and first-search bytes as ratios to it; ratios from one run are the figures that count.
 * `--warm` (on by default up to 2,000 papers) rebuilds after editing one note, with the content cache of the first
 * build. `--saves` (on by default; `--no-saves` skips it) times a save in `npm run dev` (bench/measure-dev-saves.ts); `--saves-only` times
 * only that, without building. Prints tables and writes `.bench/results-N.json`; full build logs go to `.bench/build-N*.log`.
 *
 * How each figure is taken:
 * - Build phases: every line the build prints is timestamped by this process when it arrives on the pipe (Node
 *   writes to pipes synchronously, so a line arrives when it is logged), and marker lines split the phases (see
 *   bench/atlas-build.ts and bench/baseline-site.ts). The lifetime of the pagefind binary, seen by the RSS sampler,
 *   is reported too as a cross-check (±100 ms).
 * - Peak RSS: /proc is polled every 100 ms and VmRSS is summed over the build process and all its descendants (Node
 *   and the pagefind binary). Shared pages count once per process, so the sum slightly overstates real use. When GNU
 *   time exists the build runs under `/usr/bin/time -v`, whose exact "Maximum resident set size" (the largest single
 *   process, not the sum) is reported alongside.
 * - Search bytes: a fresh Chromium context opens /search/?q=WORD; every request of that page load is summed once the
 *   results are shown and the network is idle. "Raw" is the response body as served by the loopback server (no
 *   compression); "gzip" compresses text responses (HTML, JS, CSS, JSON) with zlib as a static host would; Pagefind's
 *   own index files are already gzipped and count as they are.
 * - Filter latency: in /papers/, each checkbox change is timed in the page with performance.now() from just before
 *   `click()` to the status text update (a MutationObserver on `[data-browser-status]`), then to a forced layout,
 *   then to the next frame (requestAnimationFrame followed by a task).
 * - Page weight: the page's own HTML plus every stylesheet, script and statically imported module it references,
 *   each gzipped separately with zlib's default level; lazily loaded Pagefind files are left out.
 * - Save to terminal and overlay: `astro dev` runs on the survey with a page open in Chromium; five notes are each
 *   saved with an unknown citation, then mended. Each time runs from just before the write to the dev server's line
 *   arriving on its pipe, and to the page's MutationObserver seeing Vite's overlay; the median of the five is the
 *   figure. The re-check function's own time (createSurveyChecker's `recheck`, in this process) is printed beside it.
 */
import {
	appendFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	rmSync,
	writeFileSync,
	readFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { isRunDirectly } from '../src/cli/is-run-directly';
import { launchChromium } from '../src/cli/launch-chromium';
import { serveSite } from '../src/cli/serve-site';
import { DEFAULT_CHROMIUM_PATH } from '../src/lib/print/plan-pdf';
import { loadSurvey } from '../src/survey/load-survey';
import { atlasBuildCommand } from './atlas-build';
import { writeBaselineSite } from './baseline-site';
import { BENCH_DIR, REPO_ROOT } from './bench-paths';
import { claimSurveyDir } from './claim-dir';
import { generateSurvey } from './generate-survey';
import { describeMachine, describeRevision } from './machine';
import { measureDevSaves } from './measure-dev-saves';
import { measureFilterLatency } from './measure-filter';
import { measureSearch } from './measure-search';
import { measureDirectory, measurePageWeights } from './measure-site';
import { profileBuild } from './profile-build';
import { printComparison, printDevSaves, printResults, printWarmRebuild, type BenchResults } from './report';

const readLoadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** Sizes of a built site and of its search bundle. */
function measureDist(outDir: string): NonNullable<BenchResults['dist']> {
	const dist = measureDirectory(outDir);
	const pagefind = measureDirectory(join(outDir, 'pagefind'));
	return {
		bytes: dist.bytes,
		files: dist.files,
		pagefindBytes: pagefind.bytes,
		pagefindFiles: pagefind.files,
	};
}

/** Serves `outDir`, opens Chromium and runs `measure` on the site; the server and the browser always stop. */
async function withChromium<T>(
	outDir: string,
	measure: (browser: import('playwright-core').Browser, origin: string) => Promise<T>,
): Promise<T> {
	const server = await serveSite(outDir, '/');
	try {
		const browser = await launchChromium(process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM_PATH);
		try {
			return await measure(browser, server.origin);
		} finally {
			await browser.close();
		}
	} finally {
		await server.close();
	}
}

/** Times saves in `npm run dev` on the survey, with a page open in Chromium when there is one. */
async function measureSaves(surveyDir: string, cacheDir: string) {
	let browser: import('playwright-core').Browser | undefined;
	try {
		browser = await launchChromium(process.env['CHROMIUM_PATH'] || DEFAULT_CHROMIUM_PATH);
	} catch {
		process.stdout.write('No Chromium: the overlay is not timed, only the terminal.\n');
	}
	try {
		return await measureDevSaves(surveyDir, cacheDir, browser);
	} finally {
		await browser?.close();
	}
}

/** Runs the whole benchmark for the command line `argv`; returns the exit code. */
async function runBench(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
	const { values } = parseArgs({
		args: [...argv],
		allowNegative: true,
		options: {
			papers: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
			baseline: { type: 'boolean', default: false },
			warm: { type: 'boolean' },
			saves: { type: 'boolean', default: true },
			'saves-only': { type: 'boolean', default: false },
		},
		strict: true,
	});
	const papers = Number(values.papers);
	const seed = Number(values.seed);
	if (!Number.isInteger(papers) || papers < 2 || !Number.isInteger(seed)) {
		process.stderr.write(
			'Usage: npm run bench -- --papers N [--baseline] [--warm] [--no-saves | --saves-only] [--seed S] [--keep]\n',
		);
		return 2;
	}
	mkdirSync(BENCH_DIR, { recursive: true });
	const surveyDir = join(BENCH_DIR, `survey-${papers}`);
	// Keep the output inside the repository: for an outDir outside the working directory Astro writes its prerender
	// chunks to the shared <repo>/.astro/.prerender/, where any other build can delete them mid-render.
	const outDir = join(surveyDir, 'dist');
	const cacheDir = join(surveyDir, '.astro-cache');
	const resultsFile = join(BENCH_DIR, `results-${papers}.json`);
	const claim = claimSurveyDir(join(BENCH_DIR, `survey-${papers}.lock`));
	if ('heldBy' in claim) {
		process.stderr.write(
			`Another benchmark for ${papers} papers is running (pid ${claim.heldBy}) in ${relative(REPO_ROOT, surveyDir)}/; wait for it or pick another --papers.\n`,
		);
		return 2;
	}
	process.once('exit', claim.release);
	const machine = describeMachine();
	// Read before the long build: the code may change while it runs, but the build reads it at the start.
	const revision = describeRevision();

	process.stdout.write(`Generating ${papers} papers in ${relative(REPO_ROOT, surveyDir)}/ …\n`);
	const generatedAt = performance.now();
	const generated = generateSurvey({ papers, seed, dir: surveyDir });
	const generatedSeconds = (performance.now() - generatedAt) / 1000;

	process.stdout.write('Validating (as npm run check does) …\n');
	const checkAt = performance.now();
	// Only the diagnostics are kept, so the loaded survey can be collected before the build starts.
	const diagnostics = loadSurvey(surveyDir).diagnostics.filter(
		(diagnostic) => diagnostic.severity === 'error',
	);
	const checkSeconds = (performance.now() - checkAt) / 1000;
	if (diagnostics.length > 0) {
		process.stderr.write(
			`The synthetic survey has errors; bench/generate-survey.ts needs fixing:\n${diagnostics
				.slice(0, 10)
				.map((d) => `${d.file}:${d.line ?? ''} ${d.message}`)
				.join('\n')}\n`,
		);
		return 1;
	}

	if (values['saves-only']) {
		process.stdout.write('Timing saves in npm run dev …\n');
		const devSaves = await measureSaves(surveyDir, cacheDir);
		const results = { papers, seed, date: new Date().toISOString(), revision, machine, devSaves };
		writeFileSync(
			join(BENCH_DIR, `results-${papers}-saves.json`),
			`${JSON.stringify(results, null, '\t')}\n`,
		);
		printDevSaves({ ...results, loadAverageAtEnd: readLoadAverage() });
		if (!values.keep) rmSync(surveyDir, { recursive: true, force: true });
		return 0;
	}

	const logFile = join(BENCH_DIR, `build-${papers}.log`);
	process.stdout.write(`Building (log: ${relative(REPO_ROOT, logFile)}) …\n`);
	const build = await profileBuild(atlasBuildCommand(surveyDir, outDir, cacheDir, logFile));
	const results: BenchResults = {
		papers,
		seed,
		date: new Date().toISOString(),
		revision,
		machine,
		generated: { ...generated, seconds: generatedSeconds },
		checkSeconds,
		build,
	};
	const save = () => writeFileSync(resultsFile, `${JSON.stringify(results, null, '\t')}\n`);
	if (build.code !== 0 || !existsSync(join(outDir, 'index.html'))) {
		save();
		printResults(results);
		process.stderr.write(
			`\nThe build failed (exit code ${build.code}). Last lines of the log:\n${build.tail.join('\n')}\n`,
		);
		return 1;
	}

	results.dist = measureDist(outDir);
	results.pageWeights = measurePageWeights(outDir);

	process.stdout.write('Measuring in Chromium …\n');
	await withChromium(outDir, async (browser, origin) => {
		machine.chromium = browser.version();
		results.search = await measureSearch(browser, origin, generated.searchWord);
		results.filter = await measureFilterLatency(browser, origin);
	});

	if (values.warm ?? papers <= 2000) {
		// One edited sentence in one note: what a contributor's next build costs with the cache of the last one.
		const note = readdirSync(join(surveyDir, 'content', 'papers')).sort()[0]!;
		appendFileSync(
			join(surveyDir, 'content', 'papers', note),
			'\nOne more sentence, edited for the warm rebuild.\n',
		);
		const warmLog = join(BENCH_DIR, `build-${papers}-warm.log`);
		process.stdout.write(`Rebuilding after editing ${note} (log: ${relative(REPO_ROOT, warmLog)}) …\n`);
		results.warmRebuild = await profileBuild(atlasBuildCommand(surveyDir, outDir, cacheDir, warmLog));
	}

	if (values.saves) {
		process.stdout.write('Timing saves in npm run dev …\n');
		results.devSaves = await measureSaves(surveyDir, cacheDir);
	}

	if (values.baseline) {
		const siteDir = join(BENCH_DIR, `baseline-${papers}`);
		const baselineLog = join(BENCH_DIR, `build-${papers}-baseline.log`);
		process.stdout.write(
			`Building the minimal Astro site in ${relative(REPO_ROOT, siteDir)}/ (log: ${relative(REPO_ROOT, baselineLog)}) …\n`,
		);
		const baselineBuild = await profileBuild(writeBaselineSite(surveyDir, siteDir, baselineLog));
		results.baseline = { build: baselineBuild };
		const baselineOut = join(siteDir, 'dist');
		if (baselineBuild.code !== 0 || !existsSync(join(baselineOut, 'pagefind'))) {
			save();
			process.stderr.write(
				`\nThe baseline build failed (exit code ${baselineBuild.code}):\n${baselineBuild.tail.join('\n')}\n`,
			);
			return 1;
		}
		results.baseline.dist = measureDist(baselineOut);
		const baselineSearch = await withChromium(baselineOut, (browser, origin) =>
			measureSearch(browser, origin, generated.searchWord),
		);
		results.baseline.search = baselineSearch;
		if (!values.keep) rmSync(siteDir, { recursive: true, force: true });
	}
	results.loadAverageAtEnd = readLoadAverage();
	save();
	process.stdout.write('\n');
	printResults(results);
	printWarmRebuild(results);
	printDevSaves(results);
	printComparison(results);
	process.stdout.write(
		`\nFigures: ${relative(REPO_ROOT, resultsFile)}; build log: ${relative(REPO_ROOT, logFile)}\n`,
	);
	if (!values.keep) rmSync(surveyDir, { recursive: true, force: true });
	else
		process.stdout.write(
			`Kept the survey and its site in ${relative(REPO_ROOT, surveyDir)}/ (dist/ inside).\n`,
		);
	return 0;
}

if (isRunDirectly(import.meta.url)) {
	void runBench().then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
			process.exitCode = 1;
		},
	);
}
