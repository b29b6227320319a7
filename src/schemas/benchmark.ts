import { z } from 'astro/zod';
import { KebabIdSchema } from './ids.ts';

/** A metric a benchmark reports. */
export const BenchmarkMetricSchema = z.strictObject({
	/** Kebab-case id used in paper `results`, e.g. `success-rate`. */
	id: KebabIdSchema,
	/** Human label with its unit, e.g. "Success rate (%)". */
	label: z.string().trim().min(1),
	/** Whether a larger value is better; orders the leaderboard. */
	higher_is_better: z.boolean(),
	/**
	 * `score` (default): an absolute figure comparable across papers, ranked on the leaderboard. `gain`: a difference or
	 * ratio against a baseline or reference each paper chose itself, listed apart and never ranked.
	 */
	kind: z.enum(['score', 'gain'], { error: 'must be "score" or "gain"' }).default('score'),
});

/** A suite or split of a benchmark, e.g. LIBERO's "long". */
export const BenchmarkSuiteSchema = z.strictObject({
	/** Id used in paper `results`. */
	id: z.string().trim().min(1),
	/** Human label. */
	label: z.string().trim().min(1),
});

/** An evaluation protocol the field uses on a benchmark; results are ranked only against results of the same one. */
export const BenchmarkProtocolSchema = z.strictObject({
	/** Id used in paper `results`, e.g. `finetuned-per-suite`. */
	id: KebabIdSchema,
	/** Short human label, e.g. "One policy per suite". */
	label: z.string().trim().min(1),
	/** One sentence saying what the protocol fixes (training data, budget, evaluation mode); shown on the benchmark page. */
	definition: z.string().trim().min(1),
});

/** An input a result may declare (a camera, proprioception, an accessibility tree); different inputs rank apart. */
export const BenchmarkInputSchema = z.strictObject({
	/** Id used in a result's `inputs`, e.g. `wrist-image`. */
	id: KebabIdSchema,
	/** Human label, e.g. "Wrist image". */
	label: z.string().trim().min(1),
});

/** A benchmark, `content/benchmarks/<id>.yaml`; the file name is its id. */
export const BenchmarkSchema = z.strictObject({
	/** Display name, e.g. "LIBERO". */
	name: z.string().trim().min(1),
	/** What it measures, for a newcomer; only facts the sources support. */
	description: z.string().trim().min(1),
	/** Metrics papers may report on it; the first is the leaderboard's default. */
	metrics: z.array(BenchmarkMetricSchema).min(1),
	/** Suites or splits; empty when results are overall figures. */
	suites: z.array(BenchmarkSuiteSchema).default([]),
	/** Evaluation protocols; when any are declared, every result names one (or says why none fits, and stays unranked). */
	protocols: z.array(BenchmarkProtocolSchema).default([]),
	/** Inputs results may declare; results that name different sets of inputs are ranked in separate groups. */
	inputs: z.array(BenchmarkInputSchema).default([]),
	/** Why a benchmark outside the survey's scope is listed at all, shown on its pages (e.g. a representation probe). */
	scope_note: z.string().trim().min(1).optional(),
	/** The benchmark's own page, where known. */
	link: z.url({ protocol: /^https?$/ }).optional(),
});

export type Benchmark = z.output<typeof BenchmarkSchema>;
