import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { readMachineBusySeconds } from './machine';
import { sampleProcessTree, type TreeMemory } from './process-tree';

/** What one build took. */
export interface BuildProfile {
	code: number;
	seconds: number;
	phases: { id: string; label: string; seconds: number }[];
	astroSeconds: number;
	pagefindSeconds: number;
	/** Astro's own "[build] N page(s) built in Xs" figure (ours includes Pagefind, which runs in its build hook). */
	astroReportedSeconds?: number;
	pages?: number;
	indexedPages?: number;
	memory: TreeMemory;
	/** GNU time's maximum RSS of the largest single process in the tree. */
	maxSingleProcessRssBytes?: number;
	/** CPU time (user + system) of the whole tree: the larger of GNU time's rusage and the sampled figure. */
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

/** One phase of a build, recognised by the first log line that starts it. */
export interface BuildPhase {
	id: string;
	label: string;
	/** The log line that starts the phase; the first phase starts with the process. */
	starts?: RegExp;
	/** Whether the phase is search indexing, reported apart from the site generator's own time. */
	search?: boolean;
}

/** What to run and how to read its log. */
export interface BuildCommand {
	/** Program and arguments; run under GNU time when it exists, for the largest process's exact peak RSS. */
	argv: string[];
	cwd: string;
	env: NodeJS.ProcessEnv;
	logFile: string;
	/** Phases in the order their first marker line appears. */
	phases: readonly BuildPhase[];
}

/** Runs one build, timing each phase from its log lines and sampling the memory of its whole process tree. */
export async function profileBuild({
	argv,
	cwd,
	env,
	logFile,
	phases: PHASES,
}: BuildCommand): Promise<BuildProfile> {
	const gnuTime = existsSync('/usr/bin/time');
	const [command, ...args] = gnuTime ? ['/usr/bin/time', '-v', ...argv] : argv;
	const log = createWriteStream(logFile);
	const busyAtStart = readMachineBusySeconds();
	const started = performance.now();
	const elapsed = () => performance.now() - started;
	const child = spawn(command!, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });

	const phaseStarts: { id: string; at: number }[] = [{ id: PHASES[0]!.id, at: 0 }];
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
		// Our integration's line, or the Pagefind CLI's.
		const indexed = /Search index written for (\d+) pages|Indexed (\d+) pages?/.exec(line);
		if (indexed) indexedPages = Number(indexed[1] ?? indexed[2]);
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
	const pagefindSeconds = phases
		.filter((phase) => PHASES.find((entry) => entry.id === phase.id)?.search)
		.reduce((total, phase) => total + phase.seconds, 0);
	// rusage misses children left running (Pagefind's service); sampling misses the last 100 ms of each process.
	const treeCpuSeconds =
		cpuSeconds === undefined ? undefined : Math.max(cpuSeconds, memory.sampledCpuSeconds);
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
		...(treeCpuSeconds === undefined
			? {}
			: {
					cpuSeconds: treeCpuSeconds,
					otherCpuSeconds: Math.max(0, machineBusySeconds - treeCpuSeconds),
				}),
		machineBusySeconds,
		logLines,
		warnings,
		logFile,
		tail,
	};
}
