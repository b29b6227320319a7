/**
 * Writes a synthetic survey for benchmarks and profiling: the real `survey.yaml`, `taxonomy/` and benchmarks, then
 * N seeded paper notes and 3 chapters that pass `npm run check`.
 *
 * As a script: `npx tsx bench/generate-survey.ts --papers 500 --out /tmp/s [--seed 1]`.
 */
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, parseDocument } from 'yaml';
import { isRunDirectly } from '../src/cli/is-run-directly';
import { DEFAULT_NOTE_SECTIONS } from '../src/cli/render-note-skeleton';
import { RELATION_TYPES } from '../src/schemas/paper';

/** What to generate and where. */
export interface GenerateSurveyOptions {
	/** Number of paper notes. */
	papers: number;
	/** Seed of the PRNG: the same seed gives byte-identical files. */
	seed: number;
	/** Output folder; created, or emptied when it holds an earlier synthetic survey. */
	dir: string;
	/** The survey whose config, taxonomy and benchmarks are copied; defaults to this repository. */
	source?: string;
}

/** What was written, for the benchmark to report. */
export interface GeneratedSurvey {
	dir: string;
	papers: number;
	chapters: number;
	/** Total words in the paper bodies (frontmatter excluded). */
	words: number;
	/** A word that occurs in many notes, for a realistic search. */
	searchWord: string;
	/** How many notes contain `searchWord`. */
	notesWithSearchWord: number;
	/** How many papers carry the term the chapters embed (action-tokenization/latent). */
	latentPapers: number;
}

/** The word the benchmark searches for; about half of the notes use it, several times each. */
export const SEARCH_WORD = 'policy';

// Marks a folder this generator owns, so that regenerating never deletes a folder someone pointed at by mistake.
const MARKER = '.synthetic-survey';
const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
// "Today" is fixed so that a seed always gives the same files.
const LATEST_DATE = Date.UTC(2026, 10, 20);
const EARLIEST_DATE = Date.UTC(2019, 0, 1);
const ADDED_FROM = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

interface Term {
	id: string;
	label: string;
	parent?: string;
}

interface FacetFile {
	id: string;
	label: string;
	multiple: boolean;
	required: boolean;
	terms: Term[];
	/** The facet stays empty when all of another facet's terms fall under `only`. */
	emptyWhen: { facet: string; only: string[] }[];
	/** Term id → the terms a paper with it (or a sub-term) also needs, in `facet` (default: this one). */
	requires: Map<string, { facet?: string; any_of: string[] }[]>;
}

interface BenchmarkFile {
	id: string;
	metrics: string[];
	suites: string[];
	protocols: string[];
	inputs: string[];
}

interface PaperPlan {
	slug: string;
	name: string;
	title: string;
	date: string;
	arxiv: string;
	taxonomy: Map<string, string[]>;
}

type Random = () => number;

/** A small, fast, seedable PRNG (mulberry32); returns floats in [0, 1). */
export function createRandom(seed: number): Random {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, probability: number) => random() < probability;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
	const pool = [...items];
	const chosen: T[] = [];
	while (chosen.length < count && pool.length > 0)
		chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
	return chosen;
}

// Weighted choice without replacement: earlier terms in a facet file are the common ones in real surveys.
function pickWeighted<T>(
	random: Random,
	items: readonly T[],
	weights: readonly number[],
	count: number,
): T[] {
	const pool = items.map((item, position) => ({ item, weight: weights[position]! }));
	const chosen: T[] = [];
	while (chosen.length < count && pool.length > 0) {
		let target = random() * pool.reduce((sum, entry) => sum + entry.weight, 0);
		let position = 0;
		while (position < pool.length - 1 && target >= pool[position]!.weight) target -= pool[position++]!.weight;
		chosen.push(pool.splice(position, 1)[0]!.item);
	}
	return chosen;
}

const FIRST_NAMES = [
	'Yi',
	'Wei',
	'Jun',
	'Li',
	'Xin',
	'Hao',
	'Yuki',
	'Kenji',
	'Aiko',
	'Min-jun',
	'Ji-woo',
	'Arjun',
	'Priya',
	'Ananya',
	'Rahul',
	'Sanjay',
	'Anna',
	'Maria',
	'Sofia',
	'Elena',
	'Lukas',
	'Jonas',
	'Felix',
	'Clara',
	'Emma',
	'Louis',
	'Chloé',
	'Hugo',
	'Marco',
	'Giulia',
	'Luca',
	'Pablo',
	'Lucía',
	'Diego',
	'João',
	'Beatriz',
	'Olga',
	'Dmitri',
	'Ivan',
	'Katarzyna',
	'Piotr',
	'Ahmed',
	'Fatima',
	'Omar',
	'Leila',
	'Mehmet',
	'Elif',
	'David',
	'Sarah',
	'Michael',
	'Jennifer',
	'James',
	'Emily',
	'Daniel',
	'Olivia',
	'Samuel',
	'Grace',
	'Thomas',
	'Hannah',
	'Noah',
	'Chen',
	'Ravi',
	'Kwame',
	'Amara',
	'Tunde',
	'Nia',
	'Mateo',
	'Valentina',
	'Ingrid',
	'Lars',
	'Sven',
	'Astrid',
	'Tomás',
	'Nadia',
	'Yusuf',
	'Zara',
];
const LAST_NAMES = [
	'Wang',
	'Li',
	'Zhang',
	'Liu',
	'Chen',
	'Yang',
	'Huang',
	'Zhao',
	'Wu',
	'Zhou',
	'Xu',
	'Sun',
	'Ma',
	'Zhu',
	'Hu',
	'Guo',
	'Tanaka',
	'Suzuki',
	'Sato',
	'Watanabe',
	'Kim',
	'Lee',
	'Park',
	'Choi',
	'Patel',
	'Sharma',
	'Gupta',
	'Singh',
	'Iyer',
	'Reddy',
	'Müller',
	'Schmidt',
	'Schneider',
	'Fischer',
	'Weber',
	'Meyer',
	'Wagner',
	'Martin',
	'Bernard',
	'Dubois',
	'Moreau',
	'Laurent',
	'Rossi',
	'Russo',
	'Ferrari',
	'Bianchi',
	'García',
	'Rodríguez',
	'Martínez',
	'López',
	'González',
	'Silva',
	'Santos',
	'Oliveira',
	'Ivanov',
	'Smirnov',
	'Kowalski',
	'Nowak',
	'Yılmaz',
	'Kaya',
	'Hassan',
	'Ali',
	'Haddad',
	'Smith',
	'Johnson',
	'Williams',
	'Brown',
	'Jones',
	'Miller',
	'Davis',
	'Wilson',
	'Anderson',
	'Taylor',
	'Thomas',
	'Moore',
	'Jackson',
	'White',
	'Harris',
	'Clark',
	'Lewis',
	'Walker',
	'Hall',
	'Young',
	'King',
	'Wright',
	'Scott',
	'Green',
	'Baker',
	'Adams',
	'Nelson',
	'Hill',
	'Campbell',
	'Mitchell',
	'Roberts',
	'Carter',
	'Phillips',
	'Evans',
	'Turner',
	'Okafor',
	'Mensah',
	'Adeyemi',
	'Nguyen',
	'Tran',
	'Pham',
	'Andersson',
	'Johansson',
	'Larsen',
	'Nielsen',
	'Virtanen',
	'Novak',
	'Horvat',
];
const SYLLABLES = [
	'ka',
	'zo',
	'ri',
	'mel',
	'tan',
	'vor',
	'lu',
	'nex',
	'sa',
	'qui',
	'bra',
	'den',
	'fy',
	'gor',
	'hel',
	'ix',
	'jo',
	'kel',
	'mar',
	'nu',
	'or',
	'pra',
	'ren',
	'sol',
	'tur',
	'ul',
	'ves',
	'wen',
	'xa',
	'yor',
	'zin',
	'cal',
	'dra',
	'fen',
	'gal',
	'hy',
	'lor',
	'mi',
	'nor',
	'pel',
];
const NAME_SUFFIXES = [
	'-VLA',
	'Act',
	'-Nav',
	'Planner',
	'-WM',
	'Agent',
	'',
	'',
	'',
	'-R1',
	'-2',
	'Pilot',
	'Former',
	'-GUI',
	'Bot',
	'Diff',
	'Flow',
	'Gen',
];
const VENUES = [
	'ICLR',
	'NeurIPS',
	'ICML',
	'CoRL',
	'RSS',
	'ICRA',
	'IROS',
	'CVPR',
	'ICCV',
	'ECCV',
	'AAAI',
	'ACL',
	'EMNLP',
	'TMLR',
];
const TITLE_ADJECTIVES = [
	'Scalable',
	'Unified',
	'Hierarchical',
	'Efficient',
	'Generalist',
	'Robust',
	'Compositional',
	'Latent',
	'Structured',
	'Grounded',
	'Sample-Efficient',
	'Open-World',
	'Interpretable',
	'Adaptive',
	'Multimodal',
	'Continual',
];
const TITLE_NOUNS = [
	'Action Tokenizers',
	'Controllers',
	'World Models',
	'Planners',
	'Action Experts',
	'Skill Libraries',
	'Action Chunking',
	'Reward Models',
	'Vision-Language-Action Models',
	'Agents',
	'Trajectory Priors',
	'Goal Images',
	'Code Actions',
	'Tool Use',
	'Latent Plans',
];
const TITLE_TASKS = [
	'Long-Horizon Manipulation',
	'Embodied Navigation',
	'Computer Use',
	'Mobile GUI Agents',
	'Dexterous Hands',
	'Humanoid Control',
	'Open-World Games',
	'Tool-Using Language Agents',
	'Cross-Embodiment Transfer',
	'Bimanual Robots',
	'Kitchen Tasks',
	'Autonomous Driving',
	'Procedural Video Planning',
	'Document Question Answering',
];

const ADJECTIVES = [
	'coarse',
	'fine-grained',
	'latent',
	'discrete',
	'continuous',
	'hierarchical',
	'low-level',
	'high-level',
	'pretrained',
	'frozen',
	'lightweight',
	'multimodal',
	'egocentric',
	'long-horizon',
	'sparse',
	'dense',
	'compact',
	'noisy',
	'real-world',
	'simulated',
	'unseen',
	'heterogeneous',
	'closed-loop',
	'open-loop',
	'temporal',
	'spatial',
	'semantic',
	'geometric',
	'scalable',
	'robust',
	'shared',
	'explicit',
	'implicit',
	'offline',
	'online',
	'zero-shot',
	'few-shot',
	'autoregressive',
	'bidirectional',
	'structured',
];
const NOUNS = [
	'actor',
	'encoder',
	'decoder',
	'tokenizer',
	'action chunk',
	'trajectory',
	'waypoint',
	'planner',
	'executor',
	'world model',
	'backbone',
	'action head',
	'latent space',
	'codebook',
	'reward',
	'demonstration',
	'dataset',
	'benchmark',
	'embodiment',
	'gripper',
	'manipulator',
	'camera view',
	'point cloud',
	'instruction',
	'sub-task',
	'skill',
	'controller',
	'horizon',
	'rollout',
	'critic',
	'value function',
	'language model',
	'vision encoder',
	'action space',
	'observation',
	'goal image',
	'keypoint',
	'mask',
	'API call',
	'screenshot',
	'click',
	'program',
	'tool',
	'prompt',
	'chain of thought',
	'video model',
	'simulator',
	'task suite',
	'baseline',
	'ablation',
];
const VERBS = [
	'predicts',
	'decodes',
	'encodes',
	'compresses',
	'aligns',
	'grounds',
	'conditions on',
	'distils',
	'refines',
	'samples',
	'ranks',
	'retrieves',
	'imitates',
	'transfers',
	'generalises to',
	'outperforms',
	'replaces',
	'augments',
	'regularises',
	'tokenizes',
	'discretises',
	'plans over',
	'reasons about',
	'attends to',
	'fine-tunes',
	'pretrains on',
];
const OPENERS = [
	'In practice,',
	'Crucially,',
	'By contrast,',
	'At training time,',
	'At inference time,',
	'In the ablations,',
	'Empirically,',
	'As a result,',
	'Unlike prior work,',
	'To this end,',
	'In addition,',
	'Notably,',
];
// The note's relation types come from the project itself, and its sections from the copied survey.yaml (or the
// generator's defaults), so the synthetic notes follow the survey's own rules.
const DEFAULT_SECTION_TITLES = DEFAULT_NOTE_SECTIONS.map((section) => section.heading);
const OUTSIDE_PAPERS = [
	'OpenVLA',
	'RT-2',
	'Octo',
	'pi0',
	'Diffusion Policy',
	'ACT',
	'SayCan',
	'ReAct',
	'Voyager',
	'Dreamer',
];

// A long tail of invented words, drawn with a Zipf law, gives the search index a realistic vocabulary size.
function buildLongTail(random: Random, size: number): { words: string[]; cumulative: Float64Array } {
	const seen = new Set<string>();
	const words: string[] = [];
	while (words.length < size) {
		const word = Array.from({ length: between(random, 2, 4) }, () => pick(random, SYLLABLES)).join('');
		if (!seen.has(word)) {
			seen.add(word);
			words.push(word);
		}
	}
	const cumulative = new Float64Array(size);
	let total = 0;
	for (let rank = 0; rank < size; rank++) cumulative[rank] = total += 1 / (rank + 1) ** 1.05;
	return { words, cumulative };
}

function pickZipf(random: Random, tail: { words: string[]; cumulative: Float64Array }): string {
	const target = random() * tail.cumulative[tail.cumulative.length - 1]!;
	let low = 0;
	let high = tail.cumulative.length - 1;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (tail.cumulative[middle]! < target) low = middle + 1;
		else high = middle;
	}
	return tail.words[low]!;
}

function readFacets(source: string, order: readonly string[]): FacetFile[] {
	return order.map((id) => {
		const data = parse(readFileSync(join(source, 'taxonomy', `${id}.yaml`), 'utf8')) as {
			id: string;
			label: string;
			multiple?: boolean;
			required?: boolean;
			empty_when?: { facet: string; only: string[] }[];
			terms: {
				id: string;
				label: string;
				parent?: string;
				requires?: { facet?: string; any_of: string[] }[];
			}[];
		};
		return {
			id: data.id,
			label: data.label,
			multiple: data.multiple ?? true,
			required: data.required ?? false,
			terms: data.terms.map((term) => ({
				id: term.id,
				label: term.label,
				...(term.parent ? { parent: term.parent } : {}),
			})),
			emptyWhen: data.empty_when ?? [],
			requires: new Map(data.terms.filter((term) => term.requires).map((term) => [term.id, term.requires!])),
		};
	});
}

/**
 * Makes a paper's terms follow the taxonomy's tagging rules, as `npm run check` enforces them: a facet stays empty
 * when another facet's terms all fall under its `empty_when` list, and a term whose `requires` is unmet either gets
 * the first required term added (where that facet takes several terms and may have any) or is dropped.
 */
function applyTaggingRules(taxonomy: Map<string, string[]>, facets: readonly FacetFile[]): void {
	const byId = new Map(facets.map((facet) => [facet.id, facet]));
	const isUnder = (facetId: string, term: string, ancestor: string): boolean => {
		const terms = byId.get(facetId)?.terms ?? [];
		for (
			let current: string | undefined = term;
			current;
			current = terms.find((t) => t.id === current)?.parent
		)
			if (current === ancestor) return true;
		return false;
	};
	const forcedEmpty = (facet: FacetFile) =>
		facet.emptyWhen.some((rule) => {
			const others = taxonomy.get(rule.facet) ?? [];
			return (
				others.length > 0 && others.every((term) => rule.only.some((only) => isUnder(rule.facet, term, only)))
			);
		});
	for (const facet of facets) if (forcedEmpty(facet)) taxonomy.set(facet.id, []);
	for (const facet of facets) {
		for (const [termId, requirements] of facet.requires) {
			if (!(taxonomy.get(facet.id) ?? []).some((term) => isUnder(facet.id, term, termId))) continue;
			for (const requirement of requirements) {
				const target = byId.get(requirement.facet ?? facet.id)!;
				const have = taxonomy.get(target.id) ?? [];
				if (have.some((term) => requirement.any_of.some((needed) => isUnder(target.id, term, needed))))
					continue;
				if (target.multiple && !forcedEmpty(target))
					taxonomy.set(target.id, [...have, requirement.any_of[0]!]);
				else
					taxonomy.set(
						facet.id,
						(taxonomy.get(facet.id) ?? []).filter((term) => !isUnder(facet.id, term, termId)),
					);
			}
		}
	}
}

function readBenchmarks(dir: string): BenchmarkFile[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((file) => file.endsWith('.yaml'))
		.sort()
		.map((file) => {
			const data = parse(readFileSync(join(dir, file), 'utf8')) as {
				metrics: { id: string }[];
				suites?: { id: string }[];
				protocols?: { id: string }[];
				inputs?: { id: string }[];
			};
			return {
				id: basename(file, '.yaml'),
				metrics: data.metrics.map((metric) => metric.id),
				suites: (data.suites ?? []).map((suite) => suite.id),
				protocols: (data.protocols ?? []).map((protocol) => protocol.id),
				inputs: (data.inputs ?? []).map((input) => input.id),
			};
		});
}

function chooseTerms(random: Random, facet: FacetFile): string[] {
	const weights = facet.terms.map((_, position) => 1 / (position + 1) ** 0.8);
	let count: number;
	if (!facet.multiple) count = facet.required || chance(random, 0.75) ? 1 : 0;
	else if (facet.required) count = chance(random, 0.55) ? 1 : chance(random, 0.7) ? 2 : 3;
	else count = chance(random, 0.3) ? 0 : chance(random, 0.6) ? 1 : chance(random, 0.7) ? 2 : 3;
	const chosen = pickWeighted(random, facet.terms, weights, count);
	// A child says more than its parent: keep the parent only when none of its children was picked.
	return chosen.filter((term) => !chosen.some((other) => other.parent === term.id)).map((term) => term.id);
}

const normalise = (text: string) =>
	text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

function planPapers(random: Random, count: number, facets: readonly FacetFile[]): PaperPlan[] {
	const names = new Set<string>();
	const titles = new Set<string>();
	const slugs = new Set<string>();
	const arxivIds = new Set<string>();
	const plans: PaperPlan[] = [];
	for (let index = 0; index < count; index++) {
		let name: string;
		let slug: string;
		for (let attempt = 0; ; attempt++) {
			const stem = capitalise(
				Array.from({ length: between(random, 2, 3) }, () => pick(random, SYLLABLES)).join(''),
			);
			// After a few collisions, a number keeps names unique at any N.
			name = `${stem}${pick(random, NAME_SUFFIXES)}${attempt > 3 ? `-${attempt}` : ''}`;
			slug = normalise(name).replace(/ /g, '-');
			if (!names.has(normalise(name)) && !slugs.has(slug)) break;
		}
		let title: string;
		do
			title = `${name}: ${pick(random, TITLE_ADJECTIVES)} ${pick(random, TITLE_NOUNS)} for ${pick(random, TITLE_TASKS)}`;
		while (titles.has(normalise(title)));
		names.add(normalise(name));
		slugs.add(slug);
		titles.add(normalise(title));

		const time = EARLIEST_DATE + Math.floor(random() * ((LATEST_DATE - EARLIEST_DATE) / DAY)) * DAY;
		const day = isoDay(time);
		// Some sources give only a month, as real notes sometimes must.
		const date = chance(random, 0.05) ? day.slice(0, 7) : day;
		let arxiv: string;
		do arxiv = `${day.slice(2, 4)}${day.slice(5, 7)}.${String(between(random, 1, 29_999)).padStart(5, '0')}`;
		while (arxivIds.has(arxiv));
		arxivIds.add(arxiv);
		plans.push({
			slug,
			name,
			title,
			date,
			arxiv,
			taxonomy: (() => {
				const taxonomy = new Map(facets.map((facet) => [facet.id, chooseTerms(random, facet)]));
				applyTaggingRules(taxonomy, facets);
				return taxonomy;
			})(),
		});
	}
	return plans;
}

// "a explicit" reads as a bug even in synthetic text.
const article = (phrase: string) => (/^[aeiou]/i.test(phrase) ? `an ${phrase}` : `a ${phrase}`);

/** Writes sentences from the vocabulary, with `[@slug]` citations placed among them. */
class Writer {
	words = 0;
	/** Whether the note being written uses the search word; set per note so that only about half of them do. */
	usesSearchWord = false;
	constructor(
		private readonly random: Random,
		private readonly tail: { words: string[]; cumulative: Float64Array },
	) {}

	private noun(): string {
		// About one noun in six comes from the long tail, as named methods and datasets do in real notes.
		return chance(this.random, 0.16)
			? `${pickZipf(this.random, this.tail)} ${pick(this.random, NOUNS)}`
			: pick(this.random, NOUNS);
	}

	private phrase(): string {
		return `${chance(this.random, 0.6) ? `${pick(this.random, ADJECTIVES)} ` : ''}${this.noun()}`;
	}

	/** A verb phrase without a subject, e.g. "decodes a sparse waypoint from the camera view". */
	clause(): string {
		return `${pick(this.random, VERBS)} ${article(this.phrase())} from the ${this.phrase()}`;
	}

	sentence(subject: string): string {
		const random = this.random;
		const actor = this.usesSearchWord ? SEARCH_WORD : 'agent';
		// A lower-case subject after an opener: "In practice, the field…", but "In practice, GorsaFlow…".
		const inner = /^(?:The|This) /.test(subject)
			? subject.charAt(0).toLowerCase() + subject.slice(1)
			: subject;
		const templates = [
			() => `${subject} ${this.clause()} and the ${this.phrase()}.`,
			() =>
				`${pick(random, OPENERS)} the ${this.phrase()} ${pick(random, VERBS)} each ${this.phrase()} before the ${actor} acts.`,
			() =>
				`The authors argue that ${article(this.phrase())} ${pick(random, VERBS)} the ${this.phrase()} better than ${article(this.phrase())} does, especially for ${this.phrase()} tasks.`,
			() =>
				`${pick(random, OPENERS)} ${inner} keeps the ${this.phrase()} fixed and ${pick(random, VERBS)} only the ${this.phrase()}.`,
			() =>
				`This matters because the ${this.phrase()} is expensive to collect, while the ${this.phrase()} is cheap and plentiful.`,
			() =>
				`${capitalise(article(this.phrase()))} ${pick(random, VERBS)} the ${this.phrase()}, and a separate ${this.phrase()} turns it into commands for the ${actor}.`,
			() =>
				`The paper reports that removing the ${this.phrase()} hurts the ${this.phrase()} most on ${this.phrase()} episodes.`,
		];
		const text = pick(random, templates)();
		this.words += text.split(' ').length;
		return text;
	}

	paragraph(subject: string, words: number, citations: string[] = []): string {
		const sentences: string[] = [];
		const start = this.words;
		while (this.words - start < words) sentences.push(this.sentence(subject));
		for (const slug of citations) {
			const position = Math.floor(this.random() * sentences.length);
			sentences[position] = sentences[position]!.replace(/\.$/, ` [@${slug}].`);
			this.words += 1;
		}
		return sentences.join(' ');
	}
}

function renderPaper(
	random: Random,
	writer: Writer,
	plans: readonly PaperPlan[],
	index: number,
	facets: readonly FacetFile[],
	benchmarks: readonly BenchmarkFile[],
	sectionTitles: readonly string[],
): string {
	const plan = plans[index]!;
	const authorCount = between(random, 2, 12);
	const authors = Array.from(
		{ length: authorCount },
		() => `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`,
	);
	const year = Number(plan.date.slice(0, 4));
	const venue = chance(random, 0.55)
		? 'arXiv'
		: `${pick(random, VENUES)} ${Math.min(2026, year + between(random, 0, 1))}`;
	const links: string[] = [];
	if (chance(random, 0.45)) links.push(`  code: https://example.org/code/${plan.slug}`);
	if (chance(random, 0.3)) links.push(`  project: https://example.org/projects/${plan.slug}/`);
	if (chance(random, 0.08)) links.push(`  data: https://example.org/data/${plan.slug}.tar`);
	const published = Date.parse(plan.date.length === 7 ? `${plan.date}-01` : plan.date);
	const addedFrom = Math.max(published, ADDED_FROM);
	const added = isoDay(addedFrom + Math.floor(random() * ((LATEST_DATE - addedFrom) / DAY + 1)) * DAY);

	const lines = ['---', `title: ${JSON.stringify(plan.title)}`];
	if (chance(random, 0.5)) lines.push(`name: ${JSON.stringify(plan.name)}`);
	lines.push('authors:', ...authors.map((author) => `  - ${author}`));
	if (authorCount >= 10 && chance(random, 0.5)) lines.push('authors_complete: false');
	lines.push(`date: ${plan.date}`, `arxiv: "${plan.arxiv}"`, `venue: ${venue}`);
	lines.push(...(links.length > 0 ? ['links:', ...links] : []));
	const domainFacet = facets.find((facet) => facet.id === 'domain');
	const domains = (plan.taxonomy.get('domain') ?? []).map(
		(id) => domainFacet?.terms.find((term) => term.id === id)?.label.toLowerCase() ?? id,
	);
	lines.push(
		`summary: ${JSON.stringify(`${plan.name} ${writer.clause()}${domains.length > 0 ? `, evaluated on ${domains.join(' and ')}` : ''}.`)}`,
	);
	lines.push(
		'taxonomy:',
		...facets.map((facet) => `  ${facet.id}: [${(plan.taxonomy.get(facet.id) ?? []).join(', ')}]`),
	);
	// The real survey requires a one-line reason for every term, so generated notes give one too.
	const tagged = facets.filter((facet) => (plan.taxonomy.get(facet.id) ?? []).length > 0);
	if (tagged.length > 0)
		lines.push(
			'reasons:',
			...tagged.flatMap((facet) => [
				`  ${facet.id}:`,
				...(plan.taxonomy.get(facet.id) ?? []).map(
					(term) => `    ${term}: ${JSON.stringify(`${plan.name} ${writer.clause()}.`)}`,
				),
			]),
		);

	if (benchmarks.length > 0 && chance(random, 0.35)) {
		lines.push('results:');
		for (const benchmark of pickDistinct(random, benchmarks, between(random, 1, 3))) {
			lines.push(`  - benchmark: ${benchmark.id}`);
			if (benchmark.protocols.length > 0) lines.push(`    protocol: ${pick(random, benchmark.protocols)}`);
			if (benchmark.inputs.length > 0 && chance(random, 0.7))
				lines.push(
					`    inputs: [${pickDistinct(random, benchmark.inputs, between(random, 1, 2)).join(', ')}]`,
				);
			if (benchmark.suites.length > 0 && chance(random, 0.5))
				lines.push(`    suite: ${pick(random, benchmark.suites)}`);
			const value = (random() * 100).toFixed(1);
			lines.push(
				`    metric: ${pick(random, benchmark.metrics)}`,
				`    value: ${value}`,
				`    quote: "${plan.name} reaches ${value}% on this benchmark"`,
				`    source: ${pick(random, ['abstract', `table ${between(random, 1, 6)}`, `figure ${between(random, 1, 8)}`])}`,
				`    url: https://arxiv.org/abs/${plan.arxiv}`,
				`    version: v${between(random, 1, 3)}`,
			);
		}
	}
	const relations: string[] = [];
	if (index > 0 && chance(random, 0.3)) {
		// Papers mostly build on recent work: targets cluster just before this paper.
		const targets = new Set(
			Array.from({ length: between(random, 1, 3) }, () =>
				Math.max(0, index - 1 - Math.floor(random() * Math.min(index, 200))),
			),
		);
		for (const target of targets)
			relations.push(`  - type: ${pick(random, RELATION_TYPES)}`, `    paper: ${plans[target]!.slug}`);
	}
	if (chance(random, 0.05))
		relations.push(
			`  - type: ${pick(random, ['baseline-in', 'compares-with', 'extends'])}`,
			`    name: ${pick(random, OUTSIDE_PAPERS)}`,
		);
	if (relations.length > 0) lines.push('relations:', ...relations);
	lines.push('sources:', `  - url: https://arxiv.org/abs/${plan.arxiv}`, '    title: arXiv listing');
	lines.push(`added: ${added}`);
	if (chance(random, 0.1)) lines.push('verified: true');
	lines.push('---', '');

	const citations = new Set<string>();
	// A tiny survey has fewer other papers than a note would cite.
	const citationCount = Math.min(between(random, 2, 4), plans.length - 1);
	while (citations.size < citationCount) {
		const other = between(random, 0, plans.length - 1);
		if (other !== index) citations.add(plans[other]!.slug);
	}
	const cited = [...citations];
	const subject = plan.name;
	writer.usesSearchWord = chance(random, 0.5);
	const facetLines = facets.map((facet) => {
		const terms = (plan.taxonomy.get(facet.id) ?? []).map(
			(id) => facet.terms.find((term) => term.id === id)?.label.toLowerCase() ?? id,
		);
		return `- ${facet.label}: ${terms.length > 0 ? `${terms.join(' and ')}, because it ${writer.clause()}.` : 'empty.'}`;
	});
	const bullets = Array.from({ length: between(random, 2, 4) }, () => `- ${writer.sentence(subject)}`);
	const texts = [
		writer.paragraph(subject, 70),
		writer.paragraph(subject, 110, cited.slice(0, 1)),
		`${writer.paragraph(subject, 110, cited.slice(1, 2))}\n\n${writer.paragraph(subject, 90)}`,
		bullets.join('\n'),
		`${facetLines.join('\n')}\n\n${writer.paragraph(subject, 40, cited.slice(2))}`,
		writer.paragraph(subject, 90),
	];
	// One text per section of the survey; a survey with fewer sections gets the rest in its last one.
	const sections: [string, string][] = sectionTitles.map((heading, position) => [
		heading,
		position === sectionTitles.length - 1 ? texts.slice(position).join('\n\n') : (texts[position] ?? ''),
	]);
	return `${lines.join('\n')}\n${sections.map(([heading, text]) => `## ${heading}\n\n${text}\n`).join('\n')}`;
}

function renderChapter(random: Random, writer: Writer, plans: readonly PaperPlan[], order: number): string {
	writer.usesSearchWord = true;
	const themes = [
		'Latent actions at scale',
		'Planning with learned abstractions',
		'Transfer across bodies and screens',
	];
	const cite = () => pickDistinct(random, plans, 3).map((plan) => plan.slug);
	const section = (heading: string) =>
		`## ${heading}\n\n${writer.paragraph('The field', 120, cite())}\n\n${writer.paragraph('This line of work', 100, cite())}\n`;
	return [
		'---',
		`title: ${JSON.stringify(`Synthetic chapter ${order}: ${themes[order - 1] ?? 'More'}`)}`,
		`order: ${order}`,
		`summary: ${JSON.stringify(`A generated chapter that cites synthetic papers and embeds a live table of latent-action papers (${order}).`)}`,
		'---',
		'',
		writer.paragraph('This chapter', 120, cite()),
		'',
		section('What the papers share'),
		'<PaperTable facet="action-tokenization" term="latent" />',
		'',
		section('Where they disagree'),
		section('Open questions'),
	].join('\n');
}

function prepareDir(dir: string): void {
	if (existsSync(dir) && readdirSync(dir).length > 0) {
		if (!existsSync(join(dir, MARKER)))
			throw new Error(`${dir} is not empty and was not written by generate-survey; refusing to delete it.`);
		rmSync(dir, { recursive: true, force: true });
	}
	mkdirSync(join(dir, 'taxonomy'), { recursive: true });
	mkdirSync(join(dir, 'content', 'papers'), { recursive: true });
	mkdirSync(join(dir, 'content', 'chapters'), { recursive: true });
	writeFileSync(
		join(dir, MARKER),
		'Written by bench/generate-survey.ts; the whole folder is replaced on the next run.\n',
	);
}

/** Writes a synthetic survey of `papers` notes to `dir`; the same seed always writes the same files. */
export function generateSurvey({
	papers,
	seed,
	dir,
	source = REPO_ROOT,
}: GenerateSurveyOptions): GeneratedSurvey {
	if (!Number.isInteger(papers) || papers < 2)
		throw new Error(`papers must be an integer of at least 2, got ${papers}`);
	const target = resolve(dir);
	prepareDir(target);
	const random = createRandom(seed);

	const config = parseDocument(readFileSync(join(source, 'survey.yaml'), 'utf8'));
	config.set('title', `Synthetic survey (${papers} papers)`);
	// Generated notes have no reasons, sources or sections of the real survey's editorial rules (notes:,
	// chapters:), which would make every note an error: the bench measures the generator, not the editing.
	config.delete('notes');
	config.delete('chapters');
	writeFileSync(join(target, 'survey.yaml'), config.toString());
	const order = (config.get('facets') as { items: { value: string }[] }).items.map((item) =>
		String(item.value),
	);
	for (const file of readdirSync(join(source, 'taxonomy')).filter((name) => name.endsWith('.yaml'))) {
		copyFileSync(join(source, 'taxonomy', file), join(target, 'taxonomy', file));
	}
	// Results are checked against content/benchmarks/, so copy the real benchmarks and cite only those.
	const benchmarkDir = join(source, 'content', 'benchmarks');
	const benchmarks = readBenchmarks(benchmarkDir);
	if (benchmarks.length > 0) {
		mkdirSync(join(target, 'content', 'benchmarks'), { recursive: true });
		for (const benchmark of benchmarks)
			copyFileSync(
				join(benchmarkDir, `${benchmark.id}.yaml`),
				join(target, 'content', 'benchmarks', `${benchmark.id}.yaml`),
			);
	}

	const sections = (config.toJS() as { notes?: { sections?: { heading: string }[] } }).notes?.sections;
	const sectionTitles = sections?.length
		? sections.map((section) => section.heading)
		: DEFAULT_SECTION_TITLES;
	const facets = readFacets(source, order);
	const tail = buildLongTail(random, 20_000);
	const plans = planPapers(random, papers, facets);
	const writer = new Writer(random, tail);
	let notesWithSearchWord = 0;
	let words = 0;
	const searchWord = new RegExp(`\\b${SEARCH_WORD}\\b`, 'i');
	for (let index = 0; index < plans.length; index++) {
		const text = renderPaper(random, writer, plans, index, facets, benchmarks, sectionTitles);
		const body = text.slice(text.indexOf('\n---\n') + 5);
		words += body.split(/\s+/).filter(Boolean).length;
		if (searchWord.test(body)) notesWithSearchWord++;
		writeFileSync(join(target, 'content', 'papers', `${plans[index]!.slug}.mdx`), text);
	}
	for (let order = 1; order <= 3; order++)
		writeFileSync(
			join(target, 'content', 'chapters', `synthetic-${order}.mdx`),
			renderChapter(random, writer, plans, order),
		);
	return {
		dir: target,
		papers,
		chapters: 3,
		words,
		searchWord: SEARCH_WORD,
		notesWithSearchWord,
		latentPapers: plans.filter((plan) => plan.taxonomy.get('action-tokenization')?.includes('latent')).length,
	};
}

// Run only as a script, not when the benchmark imports generateSurvey.
if (isRunDirectly(import.meta.url)) {
	const { values } = parseArgs({
		options: {
			papers: { type: 'string', default: '500' },
			seed: { type: 'string', default: '1' },
			out: { type: 'string' },
		},
		strict: true,
	});
	if (!values.out) {
		process.stderr.write('Usage: npx tsx bench/generate-survey.ts --papers 500 --out /tmp/s [--seed 1]\n');
		process.exit(2);
	}
	const started = performance.now();
	const result = generateSurvey({
		papers: Number(values.papers),
		seed: Number(values.seed),
		dir: values.out,
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(2);
	process.stdout.write(
		`Wrote ${result.papers} papers (${result.words} words) and ${result.chapters} chapters to ${result.dir} in ${seconds} s; "${result.searchWord}" is in ${result.notesWithSearchWord} notes.\nCheck it with: ATLAS_SURVEY=${result.dir} npx tsx src/cli/check.ts\n`,
	);
}
