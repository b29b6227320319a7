import { readdirSync, readFileSync } from 'node:fs';

/** Peak memory of a process tree, overall, per build phase and per process name. */
export interface TreeMemory {
	peakBytes: number;
	peakByPhase: Record<string, number>;
	peakByCommand: Record<string, number>;
	samples: number;
	/** First and last time (ms since the build started) a pagefind process was seen. */
	pagefindSeen?: { from: number; to: number };
	/**
	 * CPU time of every process seen in the tree, as of its last sample. Unlike the rusage that `time` reports, it
	 * counts children their parent never waited for: Pagefind's service is killed by `close()` and outlives Node.
	 */
	sampledCpuSeconds: number;
}

interface ProcessInfo {
	pid: number;
	ppid: number;
	command: string;
	/** User and system CPU time so far, in clock ticks. */
	cpuTicks: number;
}

/** Linux reports CPU times in /proc in units of USER_HZ, which is 100 on every architecture it runs on. */
const TICKS_PER_SECOND = 100;

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
				cpuTicks: Number(fields[11]) + Number(fields[12]),
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

/** Polls /proc every `intervalMs` and keeps the peak summed RSS of `rootPid` and its descendants. */
export function sampleProcessTree(
	rootPid: number,
	intervalMs: number,
	currentPhase: () => string,
	elapsed: () => number,
): { stop: () => TreeMemory } {
	const memory: TreeMemory = {
		peakBytes: 0,
		peakByPhase: {},
		peakByCommand: {},
		samples: 0,
		sampledCpuSeconds: 0,
	};
	const cpuTicks = new Map<number, number>();
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
			cpuTicks.set(info.pid, Math.max(cpuTicks.get(info.pid) ?? 0, info.cpuTicks));
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
			memory.sampledCpuSeconds =
				[...cpuTicks.values()].reduce((sum, ticks) => sum + ticks, 0) / TICKS_PER_SECOND;
			return memory;
		},
	};
}
