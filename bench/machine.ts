import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { BUILD_NODE, REPO_ROOT } from './bench-paths';

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
export function describeRevision(): string {
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

// Busy CPU-seconds of the whole machine since boot; /proc/stat counts in USER_HZ ticks, 100 per second on Linux.
export function readMachineBusySeconds(): number {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
	const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
	return (user + nice + system + irq + softirq + steal) / 100;
}
