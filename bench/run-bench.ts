/**
 * `npm run bench -- --papers N [--seed S] [--keep]`: generates a synthetic survey of N papers in `.bench/survey-N/`,
 * builds it with the project's own Astro and measures what grows with N. Prints a table and writes
 * `.bench/results-N.json`; the full build log goes to `.bench/build-N.log`.
 *
 * How each figure is taken:
 * - Build phases: every line the build prints is timestamped by this process when it arrives on the pipe (Node
 *   writes to pipes synchronously, so a line arrives when it is logged). Astro's own "[build] N page(s) built in Xs"
 *   is printed after the astro:build:done hooks, so it includes Pagefind; the split uses marker lines instead:
 *   Pagefind is the time from the "[build] ✓ Completed" line that ends page rendering to the integration's
 *   "Search index written for N pages" line. The lifetime of the pagefind binary, seen by the RSS sampler, is
 *   reported too as a cross-check (±100 ms).
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
 */
import { execFileSync, spawn } from 'node:child_process';
import {
	createWriteStream,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	statSync,
	unlinkSync,
	writeFileSync,
} from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { loadSurvey } from '../src/survey/load-survey';
import { launchChromium } from '../test/helpers/browser';
import { cleanEnv } from '../test/helpers/build-survey';
import { serveStatic } from '../test/helpers/serve-static';
import { generateSurvey, type GeneratedSurvey } from './generate-survey';
import { measurePageWeight, type PageWeight } from './measure-page-weight';

const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
const BENCH_DIR = join(REPO_ROOT, '.bench');
// npm scripts put node_modules/.bin first on PATH, so `npm run build` uses the Node that the project installs (Astro
// needs 22); the build here uses the same one even when this script runs under another Node.
const BUILD_NODE = existsSync(join(REPO_ROOT, 'node_modules', '.bin', 'node'))
	? join(REPO_ROOT, 'node_modules', '.bin', 'node')
	: process.execPath;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** The reference targets; the table says whether each was met, never adjusts a figure towards it. */
const TARGETS = {
	buildSeconds10k: 120,
	peakRssBytes: 4 * GIB,
	searchBytes: 150 * 1024,
	paperPageBytes: 30 * 1024,
	filterMs: 50,
};

/** Build phases in the order their first marker line appears. */
const PHASES = [
	{ id: 'startup', label: 'Startup, config and validation (astro:config:setup)', starts: undefined },
	{ id: 'content', label: 'Content sync, types, build info', starts: /\[content\] Syncing content/ },
	{ id: 'bundle', label: 'Vite bundle', starts: /\[build\] Building static entrypoints/ },
	{ id: 'render', label: 'Render pages', starts: /generating static routes/ },
	{ id: 'pagefind', label: 'Pagefind index (astro:build:done)', starts: /\[build\] ✓ Completed in/ },
	{ id: 'finish', label: 'Sitemap and finish', starts: /Search index written for \d+ pages/ },
] as const;
type PhaseId = (typeof PHASES)[number]['id'];

/** The machine the figures come from. */
export interface Machine {
	cores: number;
	memoryBytes: number;
	cpu: string;
	/** Version of the Node that runs the build. */
	node: string;
	chromium?: string;
	/** /proc/loadavg's 1, 5 and 15 minute averages when the run started: other work skews every timing. */
	loadAverage: string;
}

/** Peak memory of a process tree, overall, per build phase and per process name. */
export interface TreeMemory {
	peakBytes: number;
	peakByPhase: Partial<Record<PhaseId, number>>;
	peakByCommand: Record<string, number>;
	samples: number;
	/** First and last time (ms since the build started) a pagefind process was seen. */
	pagefindSeen?: { from: number; to: number };
}

/** What one build took. */
export interface BuildProfile {
	code: number;
	seconds: number;
	phases: { id: PhaseId; label: string; seconds: number }[];
	astroSeconds: number;
	pagefindSeconds: number;
	/** Astro's own "[build] N page(s) built in Xs" figure, which includes Pagefind. */
	astroReportedSeconds?: number;
	pages?: number;
	indexedPages?: number;
	memory: TreeMemory;
	/** GNU time's maximum RSS of the largest single process in the tree. */
	maxSingleProcessRssBytes?: number;
	/** CPU time (user + system) of the whole tree, from GNU time. */
	cpuSeconds?: number;
	/** CPU time the whole machine was busy during the build, from /proc/stat. */
	machineBusySeconds: number;
	/** Machine busy time minus the build's own: other processes competing for the cores. */
	otherCpuSeconds?: number;
	logLines: number;
	warnings: number;
	logFile: string;
	tail: string[];
}

/** One page type's weight. */

/** What one search in a fresh browser transferred. */
export interface SearchCost {
	query: string;
	results: string;
	msToResults: number;
	requests: number;
	totalRaw: number;
	totalGzip: number;
	searchRequests: number;
	searchRaw: number;
	searchGzip: number;
	/** Search requests by kind of Pagefind file (fragment, index, filter, meta, wasm, js…). */
	byKind: Record<string, { requests: number; raw: number; gzip: number }>;
	largest: { path: string; raw: number }[];
}

/** Filter-change latencies on /papers/. */
export interface FilterLatency {
	changes: {
		facet: string;
		term: string;
		checked: boolean;
		status: string;
		statusMs: number;
		layoutMs: number;
		frameMs: number;
	}[];
	statusMs: { median: number; p95: number; max: number };
	layoutMs: { median: number; p95: number; max: number };
	frameMs: { median: number; p95: number; max: number };
	domContentLoadedMs: number;
	loadMs: number;
}

/** Describes this machine: cores, memory, CPU model and Node version. */
export function describeMachine(): Machine {
	const meminfo = readFileSync('/proc/meminfo', 'utf8');
	const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
	return {
		cores: availableParallelism(),
		memoryBytes: Number(/MemTotal:\s+(\d+) kB/.exec(meminfo)?.[1] ?? 0) * 1024,
		cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
		node: execFileSync(BUILD_NODE, ['--version'], { encoding: 'utf8' }).trim(),
		loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
	};
}

// Figures only mean something next to the code they measured.
function describeRevision(): string {
	try {
		const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
		const changed = git(
			'status',
			'--porcelain',
			'--',
			'src',
			'astro.config.mjs',
			'package.json',
			'package-lock.json',
		);
		return `${git('rev-parse', '--short', 'HEAD')}${changed ? ' + uncommitted changes' : ''}`;
	} catch {
		return 'unknown (not a git checkout)';
	}
}

interface ProcessInfo {
	pid: number;
	ppid: number;
	command: string;
}

function listProcesses(): ProcessInfo[] {
	const found: ProcessInfo[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			// The command sits in parentheses and may itself contain spaces or parentheses: split after the last one.
			const close = stat.lastIndexOf(')');
			const fields = stat.slice(close + 2).split(' ');
			found.push({
				pid: Number(entry),
				ppid: Number(fields[1]),
				command: stat.slice(stat.indexOf('(') + 1, close),
			});
		} catch {
			// The process ended between listing and reading.
		}
	}
	return found;
}

function readRss(pid: number): number {
	try {
		return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
	} catch {
		return 0;
	}
}

// Busy CPU-seconds of the whole machine since boot; /proc/stat counts in USER_HZ ticks, 100 per second on Linux.
function readMachineBusySeconds(): number {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
	const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
	return (user + nice + system + irq + softirq + steal) / 100;
}

/** Polls /proc every `intervalMs` and keeps the peak summed RSS of `rootPid` and its descendants. */
export function sampleProcessTree(
	rootPid: number,
	intervalMs: number,
	currentPhase: () => PhaseId,
	elapsed: () => number,
): { stop: () => TreeMemory } {
	const memory: TreeMemory = { peakBytes: 0, peakByPhase: {}, peakByCommand: {}, samples: 0 };
	const sample = () => {
		const processes = listProcesses();
		const children = new Map<number, ProcessInfo[]>();
		for (const info of processes) children.set(info.ppid, [...(children.get(info.ppid) ?? []), info]);
		const root = processes.find((info) => info.pid === rootPid);
		if (!root) return;
		const tree: ProcessInfo[] = [];
		const queue = [root];
		while (queue.length > 0) {
			const next = queue.pop()!;
			tree.push(next);
			queue.push(...(children.get(next.pid) ?? []));
		}
		let total = 0;
		const byCommand = new Map<string, number>();
		for (const info of tree) {
			const rss = readRss(info.pid);
			total += rss;
			byCommand.set(info.command, (byCommand.get(info.command) ?? 0) + rss);
			if (info.command.startsWith('pagefind')) {
				const now = elapsed();
				memory.pagefindSeen = { from: memory.pagefindSeen?.from ?? now, to: now };
			}
		}
		memory.samples++;
		memory.peakBytes = Math.max(memory.peakBytes, total);
		const phase = currentPhase();
		memory.peakByPhase[phase] = Math.max(memory.peakByPhase[phase] ?? 0, total);
		for (const [command, rss] of byCommand)
			memory.peakByCommand[command] = Math.max(memory.peakByCommand[command] ?? 0, rss);
	};
	const timer = setInterval(sample, intervalMs);
	sample();
	return {
		stop: () => {
			clearInterval(timer);
			return memory;
		},
	};
}

/** Builds the survey in `surveyDir` with the project's Astro, timing each phase and sampling the tree's memory. */
export async function profileBuild(
	surveyDir: string,
	outDir: string,
	cacheDir: string,
	logFile: string,
): Promise<BuildProfile> {
	const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
	const gnuTime = existsSync('/usr/bin/time');
	const [command, args] = gnuTime
		? ['/usr/bin/time', ['-v', BUILD_NODE, astro, 'build']]
		: [BUILD_NODE, [astro, 'build']];
	const log = createWriteStream(logFile);
	const busyAtStart = readMachineBusySeconds();
	const started = performance.now();
	const elapsed = () => performance.now() - started;
	const child = spawn(command, args, {
		cwd: REPO_ROOT,
		env: cleanEnv({ ATLAS_SURVEY: surveyDir, ATLAS_OUT_DIR: outDir, ATLAS_CACHE_DIR: cacheDir }),
		stdio: ['ignore', 'pipe', 'pipe'],
	});

	const phaseStarts: { id: PhaseId; at: number }[] = [{ id: 'startup', at: 0 }];
	let logLines = 0;
	let warnings = 0;
	let astroReportedSeconds: number | undefined;
	let pages: number | undefined;
	let indexedPages: number | undefined;
	let maxSingleProcessRssBytes: number | undefined;
	let cpuSeconds: number | undefined;
	const tail: string[] = [];
	const onLine = (line: string) => {
		const at = elapsed();
		logLines++;
		log.write(`${(at / 1000).toFixed(3).padStart(9)} ${line}\n`);
		if (line.includes('[WARN]')) warnings++;
		// Warnings print a code frame each; keep the tail readable by leaving frames out.
		if (!/^\s*[│╭╰─]|^\s*\S*\s*│|^\s*$/.test(line)) {
			tail.push(line);
			if (tail.length > 40) tail.shift();
		}
		const next = PHASES[phaseStarts.length];
		if (next?.starts?.test(line)) phaseStarts.push({ id: next.id, at });
		// Astro writes "built in 812ms", "built in 18.7s" or "built in 7m 1s".
		const built = /\[build\] (\d+) page\(s\) built in (?:(\d+)m(?!s)\s*)?(?:([\d.]+)(m?s))?/.exec(line);
		if (built) {
			pages = Number(built[1]);
			astroReportedSeconds =
				Number(built[2] ?? 0) * 60 + Number(built[3] ?? 0) / (built[4] === 'ms' ? 1000 : 1);
		}
		const indexed = /Search index written for (\d+) pages/.exec(line);
		if (indexed) indexedPages = Number(indexed[1]);
		const maxRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(line);
		if (maxRss) maxSingleProcessRssBytes = Number(maxRss[1]) * 1024;
		const cpu = /^\s*(?:User|System) time \(seconds\): ([\d.]+)/.exec(line);
		if (cpu) cpuSeconds = (cpuSeconds ?? 0) + Number(cpu[1]);
	};
	createInterface({ input: child.stdout }).on('line', onLine);
	createInterface({ input: child.stderr }).on('line', onLine);
	const sampler = sampleProcessTree(child.pid!, 100, () => phaseStarts.at(-1)!.id, elapsed);
	const code = await new Promise<number>((resolve) =>
		child.on('close', (exitCode) => resolve(exitCode ?? 1)),
	);
	const seconds = elapsed() / 1000;
	const machineBusySeconds = readMachineBusySeconds() - busyAtStart;
	const memory = sampler.stop();
	await new Promise((resolve) => log.end(resolve));

	const phases = phaseStarts.map((phase, position) => ({
		id: phase.id,
		label: PHASES.find((entry) => entry.id === phase.id)!.label,
		seconds: ((phaseStarts[position + 1]?.at ?? seconds * 1000) - phase.at) / 1000,
	}));
	const pagefindSeconds = phases.find((phase) => phase.id === 'pagefind')?.seconds ?? 0;
	return {
		code,
		seconds,
		phases,
		astroSeconds: seconds - pagefindSeconds,
		pagefindSeconds,
		...(astroReportedSeconds === undefined ? {} : { astroReportedSeconds }),
		...(pages === undefined ? {} : { pages }),
		...(indexedPages === undefined ? {} : { indexedPages }),
		memory,
		...(maxSingleProcessRssBytes === undefined ? {} : { maxSingleProcessRssBytes }),
		...(cpuSeconds === undefined
			? {}
			: { cpuSeconds, otherCpuSeconds: Math.max(0, machineBusySeconds - cpuSeconds) }),
		machineBusySeconds,
		logLines,
		warnings,
		logFile,
		tail,
	};
}

/** Sums the sizes and counts the files under `dir`. */
export function measureDirectory(dir: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

function listPages(dir: string, depth: number): string[] {
	if (!existsSync(dir)) return [];
	if (depth === 0) return existsSync(join(dir, 'index.html')) ? [join(dir, 'index.html')] : [];
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((entry) => listPages(join(dir, entry.name), depth - 1));
}

/** Weighs one page of every type; the paper page is the one of median HTML size, and also without JS. */
export function measurePageWeights(distDir: string): PageWeight[] {
	const bySize = (files: string[]) =>
		files.map((file) => ({ file, size: statSync(file).size })).sort((a, b) => a.size - b.size);
	const papers = bySize(listPages(join(distDir, 'papers'), 1));
	const terms = bySize(listPages(join(distDir, 'taxonomy'), 2));
	const chapters = listPages(join(distDir, 'chapters'), 1).sort();
	const rel = (file: string) => relative(distDir, file).split('\\').join('/');
	const median = papers[Math.floor(papers.length / 2)]!.file;
	const weights = [
		measurePageWeight(distDir, 'home', 'index.html'),
		measurePageWeight(distDir, 'papers list', 'papers/index.html'),
		measurePageWeight(distDir, 'paper (median)', rel(median)),
		measurePageWeight(distDir, 'paper (median), no JS', rel(median), { withJs: false }),
		measurePageWeight(distDir, 'paper (largest)', rel(papers.at(-1)!.file)),
		measurePageWeight(distDir, 'facet', 'taxonomy/action-tokenization/index.html'),
		measurePageWeight(distDir, 'term (latent)', 'taxonomy/action-tokenization/latent/index.html'),
		measurePageWeight(distDir, 'term (largest)', rel(terms.at(-1)!.file)),
		measurePageWeight(distDir, 'search', 'search/index.html'),
		measurePageWeight(distDir, 'chapter', rel(chapters[0]!)),
		measurePageWeight(distDir, '404', '404.html'),
	];
	return weights;
}

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg)/;

/** Opens /search/?q=`query` in a fresh context and sums what the page load and the search transferred. */
export async function measureSearch(browser: Browser, origin: string, query: string): Promise<SearchCost> {
	// The site's CSP forbids eval, and the probes below are JavaScript text; bypassing CSP changes no request.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	const responses: { path: string; raw: number; gzip: number }[] = [];
	const pending: Promise<void>[] = [];
	page.on('requestfinished', (request) => {
		pending.push(
			(async () => {
				const sizes = await request.sizes();
				const response = await request.response();
				const type = response?.headers()['content-type'] ?? '';
				const body =
					response && COMPRESSIBLE.test(type) ? await response.body().catch(() => undefined) : undefined;
				responses.push({
					path: new URL(request.url()).pathname,
					raw: sizes.responseBodySize,
					gzip: body ? gzipSync(body).length : sizes.responseBodySize,
				});
			})(),
		);
	});
	const started = performance.now();
	await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
	await page.waitForFunction(
		`/results? for|unavailable/.test(document.querySelector('[data-search-status]')?.textContent ?? '')`,
		undefined,
		{ timeout: 120_000 },
	);
	const msToResults = performance.now() - started;
	const results = (await page.textContent('[data-search-status]'))?.trim() ?? '';
	if (results.includes('unavailable')) throw new Error(`Search failed in the browser: ${results}`);
	await page.waitForLoadState('networkidle');
	await Promise.all(pending);
	await context.close();
	const search = responses.filter((response) => response.path.startsWith('/pagefind/'));
	const sum = (list: typeof responses, key: 'raw' | 'gzip') =>
		list.reduce((total, response) => total + response[key], 0);
	const byKind: SearchCost['byKind'] = {};
	for (const response of search) {
		const kind =
			/\.(pf_\w+)$/.exec(response.path)?.[1] ??
			(response.path.includes('wasm') ? 'wasm' : (/\.(\w+)$/.exec(response.path)?.[1] ?? 'other'));
		const entry = (byKind[kind] ??= { requests: 0, raw: 0, gzip: 0 });
		entry.requests++;
		entry.raw += response.raw;
		entry.gzip += response.gzip;
	}
	return {
		query,
		results,
		msToResults,
		requests: responses.length,
		totalRaw: sum(responses, 'raw'),
		totalGzip: sum(responses, 'gzip'),
		searchRequests: search.length,
		searchRaw: sum(search, 'raw'),
		searchGzip: sum(search, 'gzip'),
		byKind,
		largest: [...responses]
			.sort((a, b) => b.raw - a.raw)
			.slice(0, 5)
			.map(({ path, raw }) => ({ path, raw })),
	};
}

// Runs in the page, so it is plain JavaScript text: the TypeScript loader's helpers do not exist there.
const FILTER_PROBE = `async ({ facet, term }) => {
	const box = document.querySelector('fieldset[data-facet="' + facet + '"] input[type="checkbox"][value="' + term + '"]');
	const status = document.querySelector('[data-browser-status]');
	return await new Promise((resolve) => {
		const start = performance.now();
		const observer = new MutationObserver(() => {
			observer.disconnect();
			const statusMs = performance.now() - start;
			// Reading layout forces the style and layout work the change caused.
			document.documentElement.getBoundingClientRect();
			void document.body.offsetHeight;
			const layoutMs = performance.now() - start;
			requestAnimationFrame(() => setTimeout(() => resolve({ checked: box.checked, status: status.textContent, statusMs, layoutMs, frameMs: performance.now() - start }), 0));
		});
		observer.observe(status, { childList: true, characterData: true, subtree: true });
		box.click();
	});
}`;

const LIST_TERMS = `[...document.querySelectorAll('fieldset[data-facet]')].map((fieldset) => ({
	facet: fieldset.dataset.facet,
	terms: [...fieldset.querySelectorAll('input[type="checkbox"]')].map((box) => box.value).filter((term) => Number(document.querySelector('[data-count="' + fieldset.dataset.facet + '/' + term + '"]')?.textContent ?? '0') > 0),
}))`;

const summarise = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const at = (quantile: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] ?? 0;
	return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
};

/** Times 16 checkbox changes across facets on /papers/: check a term, then release the previous one, and so on. */
export async function measureFilterLatency(browser: Browser, origin: string): Promise<FilterLatency> {
	// The site's CSP forbids eval, and the probes below are JavaScript text; bypassing CSP changes no request.
	const context = await browser.newContext({ bypassCSP: true });
	const page = await context.newPage();
	await page.goto(`${origin}/papers/`, { timeout: 300_000 });
	await page.waitForSelector('[data-browser-controls]:not([hidden])', { timeout: 120_000 });
	const timing = (await page.evaluate(
		`(() => { const [entry] = performance.getEntriesByType('navigation'); return { dcl: entry.domContentLoadedEventEnd, load: entry.loadEventEnd }; })()`,
	)) as { dcl: number; load: number };
	const facets = ((await page.evaluate(LIST_TERMS)) as { facet: string; terms: string[] }[]).filter(
		(facet) => facet.terms.length > 0,
	);
	// Eight terms, one facet after another, each facet contributing a different term on its next turn.
	const picks = Array.from({ length: 8 }, (_, turn) => {
		const facet = facets[turn % facets.length]!;
		return {
			facet: facet.facet,
			term: facet.terms[(Math.floor(turn / facets.length) * 2 + 1) % facet.terms.length]!,
		};
	});
	const steps = picks.flatMap((pick, position) => (position === 0 ? [pick] : [pick, picks[position - 1]!]));
	steps.push(picks.at(-1)!);
	const changes: FilterLatency['changes'] = [];
	for (const step of steps) {
		const result = (await page.evaluate(`(${FILTER_PROBE})(${JSON.stringify(step)})`)) as Omit<
			FilterLatency['changes'][number],
			'facet' | 'term'
		>;
		changes.push({ ...step, ...result });
		// Let the previous change settle (paint, idle GC) so that changes do not overlap.
		await page.waitForTimeout(150);
	}
	await context.close();
	return {
		changes,
		statusMs: summarise(changes.map((change) => change.statusMs)),
		layoutMs: summarise(changes.map((change) => change.layoutMs)),
		frameMs: summarise(changes.map((change) => change.frameMs)),
		domContentLoadedMs: timing.dcl,
		loadMs: timing.load,
	};
}

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
}

function printResults(results: BenchResults): void {
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
		[
			'Build, total (wall clock)',
			`${build.seconds.toFixed(1)} s`,
			results.papers >= 10_000
				? `≤ ${TARGETS.buildSeconds10k} s at 10k: ${verdict(build.seconds <= TARGETS.buildSeconds10k)}`
				: '',
		],
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
			`≤ 4 GiB: ${verdict(build.memory.peakBytes <= TARGETS.peakRssBytes)}`,
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

/**
 * Claims `.bench/survey-N/` for this process: a second run for the same N would regenerate the folder under the
 * first one's build. Returns a release function, or the pid of the live run that holds the claim.
 */
export function claimSurveyDir(lockFile: string): { release: () => void } | { heldBy: number } {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
			return { release: () => rmSync(lockFile, { force: true }) };
		} catch {
			const holder = Number(readFileSync(lockFile, 'utf8').trim());
			if (holder > 0 && existsSync(`/proc/${holder}`)) return { heldBy: holder };
			// The run that left the lock is gone: take over.
			unlinkSync(lockFile);
		}
	}
	return { heldBy: -1 };
}

/** Runs the whole benchmark for the command line `argv`; returns the exit code. */
export async function runBench(argv: readonly string[] = process.argv.slice(2)): Promise<number> {
	const { values } = parseArgs({
		args: [...argv],
		options: {
			papers: { type: 'string', default: '1000' },
			seed: { type: 'string', default: '1' },
			keep: { type: 'boolean', default: false },
		},
		strict: true,
	});
	const papers = Number(values.papers);
	const seed = Number(values.seed);
	if (!Number.isInteger(papers) || papers < 2 || !Number.isInteger(seed)) {
		process.stderr.write('Usage: npm run bench -- --papers N [--seed S] [--keep]\n');
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

	const logFile = join(BENCH_DIR, `build-${papers}.log`);
	process.stdout.write(`Building (log: ${relative(REPO_ROOT, logFile)}) …\n`);
	const build = await profileBuild(surveyDir, outDir, cacheDir, logFile);
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

	const dist = measureDirectory(outDir);
	const pagefind = measureDirectory(join(outDir, 'pagefind'));
	results.dist = {
		bytes: dist.bytes,
		files: dist.files,
		pagefindBytes: pagefind.bytes,
		pagefindFiles: pagefind.files,
	};
	results.pageWeights = measurePageWeights(outDir);

	process.stdout.write('Measuring in Chromium …\n');
	const server = await serveStatic(outDir);
	const browser = await launchChromium();
	try {
		machine.chromium = browser.version();
		results.search = await measureSearch(browser, server.origin, generated.searchWord);
		results.filter = await measureFilterLatency(browser, server.origin);
	} finally {
		await browser.close();
		await server.close();
	}
	save();
	process.stdout.write('\n');
	printResults(results);
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

void runBench().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exitCode = 1;
	},
);
