import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { linkProblems } from '../errors/catalogue.ts';
import type { Diagnostic } from '../errors/diagnostic.ts';
import { extractLinks, type ExtractedLink, type LinkFields } from '../lib/notes/extract-links.ts';
import type { NoteOutline } from '../lib/notes/parse-note.ts';
import { PaperFieldsSchema, PaperLinksSchema } from '../schemas/paper.ts';
import { parseYaml, readUtf8, splitFrontmatter } from './read-source.ts';
import { isRecord } from '../lib/is-record.ts';

/** The part of `fetch` the link check uses; tests pass a fake. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** How to check links. */
export interface CheckLinksOptions {
	fetch?: FetchLike;
	/** Time allowed for one request, in milliseconds. */
	timeoutMs?: number;
	/** Extra attempts after a request that got no HTTP answer (network error or timeout). */
	retries?: number;
	/** Requests in flight at once. */
	concurrency?: number;
	/**
	 * How long the first few addresses may take to show the network works, in milliseconds: when none of them gets an
	 * HTTP answer by then, the check gives up as offline instead of waiting out every timeout. Default 3000.
	 */
	offlineAfterMs?: number;
}

/** How many addresses are asked first, in parallel, to tell whether there is a network at all. */
const NETWORK_PROBES = 3;

/** What one address answered. `network` is true when no HTTP answer came at all. */
export type LinkOutcome =
	| { status: 'ok'; code: number }
	| { status: 'broken'; code: number; statusText: string }
	| { status: 'unreachable'; reason: string; network: boolean };

/** One checked address and every place it appears. */
export interface LinkResult {
	url: string;
	targets: ExtractedLink[];
	outcome: LinkOutcome;
}

/** The outcome of a link check. */
export interface LinkCheckReport {
	/** Set when no request got an HTTP answer: the machine is offline, so nothing is reported as broken. */
	skipped?: 'no network';
	/** Distinct addresses checked. */
	checked: number;
	/** Distinct addresses that answered with an HTTP error. */
	broken: number;
	/** Distinct addresses that could not be checked although others could. */
	unreachable: number;
	results: LinkResult[];
	/** `broken-link` errors and `unreachable-link` warnings, one per place an address appears. */
	diagnostics: Diagnostic[];
}

// Servers that refuse or do not implement HEAD often answer GET correctly.
const RETRY_WITH_GET = new Set([403, 405, 501]);
// Some servers refuse requests without a browser-like user agent; this one still says who is asking.
const HEADERS = {
	'user-agent': 'Mozilla/5.0 (compatible; action-atlas-link-check)',
	accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
};

/**
 * Lists the external addresses of note files (relative to the survey folder): those of the frontmatter, read here,
 * and those of the body, taken from the outlines `loadSurvey` made when it parsed each note. Unreadable files and
 * bodies that did not parse are already reported by that validation, so they add no body address.
 */
export function readLinkTargets(
	root: string,
	files: readonly string[],
	outlines: ReadonlyMap<string, NoteOutline>,
): ExtractedLink[] {
	return files.flatMap((file) => {
		const source = readUtf8(join(root, file));
		if (!source) return [];
		const bodyLinks = outlines.get(file)?.links ?? [];
		const parts = splitFrontmatter(source.text);
		if (!parts) return extractLinks({ file, bodyLinks });
		const yaml = parseYaml(parts.yaml, parts.yamlLine);
		const data = file.startsWith('content/papers/') ? pickLinkFields(yaml.data) : undefined;
		return extractLinks({ file, bodyLinks, locate: yaml.locate, ...(data ? { data } : {}) });
	});
}

// Takes each address field on its own, so that one invalid field (reported by the validation) does not hide the others.
function pickLinkFields(raw: unknown): LinkFields {
	const record = isRecord(raw) ? raw : {};
	const arxiv = PaperFieldsSchema.shape.arxiv.safeParse(record['arxiv']).data;
	const doi = PaperFieldsSchema.shape.doi.safeParse(record['doi']).data;
	const rawLinks = isRecord(record['links']) ? record['links'] : {};
	const links: Record<string, string> = {};
	for (const [key, schema] of Object.entries(PaperLinksSchema.shape)) {
		const url = schema.safeParse(rawLinks[key]).data;
		if (url) links[key] = url;
	}
	return { ...(arxiv ? { arxiv } : {}), ...(doi ? { doi } : {}), links };
}

/**
 * Checks external addresses: a HEAD request, then GET when the server refuses HEAD, each with a timeout and
 * `retries` more attempts when no HTTP answer comes. Each address is requested once however often it appears.
 * When no request at all gets an HTTP answer the check is skipped, so that an offline machine reports no broken links.
 */
export async function checkLinks(
	targets: readonly ExtractedLink[],
	options: CheckLinksOptions = {},
): Promise<LinkCheckReport> {
	const {
		fetch = globalThis.fetch,
		timeoutMs = 10_000,
		retries = 1,
		concurrency = 6,
		offlineAfterMs = 3000,
	} = options;
	const byUrl = new Map<string, ExtractedLink[]>();
	for (const target of targets) byUrl.set(target.url, [...(byUrl.get(target.url) ?? []), target]);
	const urls = [...byUrl.keys()];
	const outcomes = new Map<string, LinkOutcome>();

	// A few addresses first: offline, every address would wait out its timeout and retries (76 s for one pull
	// request's links), so when none of them gets an HTTP answer within `offlineAfterMs` the check ends as skipped.
	const probed = urls.slice(0, NETWORK_PROBES);
	const running = probed.map((url) =>
		probe(url, fetch, timeoutMs, retries).then((outcome) => (outcomes.set(url, outcome), outcome)),
	);
	const answered = (outcome: LinkOutcome) => outcome.status !== 'unreachable' || !outcome.network;
	let deadline: ReturnType<typeof setTimeout> | undefined;
	const networkWorks = await Promise.race([
		// Resolves true at the first HTTP answer, false once every probe has failed without one.
		new Promise<boolean>((resolve) => {
			for (const outcome of running) void outcome.then((found) => answered(found) && resolve(true));
			void Promise.all(running).then(() => resolve(false));
		}),
		new Promise<boolean>((resolve) => (deadline = setTimeout(() => resolve(false), offlineAfterMs))),
	]);
	clearTimeout(deadline);
	if (probed.length > 0 && !networkWorks)
		return {
			skipped: 'no network',
			checked: probed.length,
			broken: 0,
			unreachable: 0,
			results: probed.map((url) => ({
				url,
				targets: byUrl.get(url)!,
				outcome: outcomes.get(url) ?? {
					status: 'unreachable',
					reason: `no answer within ${offlineAfterMs / 1000} s`,
					network: true,
				},
			})),
			diagnostics: [],
		};
	await Promise.all(running);
	const pending = urls.filter((url) => !outcomes.has(url));
	let next = 0;
	const worker = async () => {
		while (next < pending.length) {
			const url = pending[next++]!;
			outcomes.set(url, await probe(url, fetch, timeoutMs, retries));
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, pending.length)) }, worker));

	const results = urls.map((url) => ({ url, targets: byUrl.get(url)!, outcome: outcomes.get(url)! }));
	if (results.length > 0 && results.every(({ outcome }) => !answered(outcome)))
		return {
			skipped: 'no network',
			checked: results.length,
			broken: 0,
			unreachable: 0,
			results,
			diagnostics: [],
		};
	const diagnostics = results.flatMap(({ targets: places, outcome }) =>
		outcome.status === 'ok'
			? []
			: places.map((place) => ({
					file: place.file,
					...(place.line === undefined ? {} : { line: place.line }),
					...(place.column === undefined ? {} : { column: place.column }),
					...(outcome.status === 'broken'
						? linkProblems.brokenLink(place.url, place.field, outcome.code, outcome.statusText)
						: linkProblems.unreachableLink(place.url, place.field, outcome.reason)),
				})),
	);
	return {
		checked: results.length,
		broken: results.filter(({ outcome }) => outcome.status === 'broken').length,
		unreachable: results.filter(({ outcome }) => outcome.status === 'unreachable').length,
		results,
		diagnostics,
	};
}

async function probe(
	url: string,
	fetch: FetchLike,
	timeoutMs: number,
	retries: number,
): Promise<LinkOutcome> {
	let reason = '';
	for (let attempt = 0; attempt <= retries; attempt++) {
		try {
			let answer = await send(fetch, url, 'HEAD', timeoutMs);
			if (RETRY_WITH_GET.has(answer.code)) answer = await send(fetch, url, 'GET', timeoutMs);
			// Too Many Requests says nothing about the page, only that the checker was too quick: never call it broken.
			if (answer.code === 429)
				return { status: 'unreachable', reason: 'the site answered 429 Too Many Requests', network: false };
			return answer.code < 400 ? { status: 'ok', code: answer.code } : { status: 'broken', ...answer };
		} catch (error) {
			reason = describeFailure(error, timeoutMs);
		}
	}
	return {
		status: 'unreachable',
		reason: retries > 0 ? `${reason} (${retries + 1} attempts)` : reason,
		network: true,
	};
}

class RequestTimeout extends Error {}

async function send(
	fetch: FetchLike,
	url: string,
	method: 'HEAD' | 'GET',
	timeoutMs: number,
): Promise<{ code: number; statusText: string }> {
	const controller = new AbortController();
	let timer: ReturnType<typeof setTimeout> | undefined;
	// Racing the timer, not only aborting, keeps the timeout even for a fetch that ignores its signal.
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			controller.abort();
			reject(new RequestTimeout());
		}, timeoutMs);
	});
	try {
		const response = await Promise.race([
			fetch(url, { method, redirect: 'follow', headers: HEADERS, signal: controller.signal }),
			timeout,
		]);
		// Only the status matters: dropping the body frees the connection without downloading a PDF or a dataset.
		response.body?.cancel().catch(() => undefined);
		return { code: response.status, statusText: response.statusText || STATUS_CODES[response.status] || '' };
	} finally {
		clearTimeout(timer);
	}
}

const NETWORK_CODES: Record<string, string> = {
	ENOTFOUND: 'the host name does not resolve',
	EAI_AGAIN: 'the host name could not be resolved',
	ECONNREFUSED: 'the connection was refused',
	ECONNRESET: 'the connection was reset',
	EHOSTUNREACH: 'the host is unreachable',
	ENETUNREACH: 'the network is unreachable',
	ETIMEDOUT: 'the connection timed out',
	UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
};

function describeFailure(error: unknown, timeoutMs: number): string {
	if (error instanceof RequestTimeout) return `no answer within ${timeoutMs / 1000} s`;
	// Node's fetch throws "fetch failed" and keeps the useful part in `cause`.
	const cause = (error as { cause?: unknown }).cause ?? error;
	const code = (cause as { code?: unknown }).code;
	if (typeof code === 'string') return NETWORK_CODES[code] ?? `${(cause as Error).message ?? code} (${code})`;
	return (cause as Error).message || String(cause);
}
