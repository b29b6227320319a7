import type { AstroIntegrationLogger } from 'astro';
import { join, resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import {
	formatDiagnostic,
	formatDiagnostics,
	hasErrors,
	sortDiagnostics,
	type Diagnostic,
} from '../errors/diagnostic.ts';
import type { SurveyChecker, SurveyLoad } from '../survey/load-survey.ts';
import { resolveSurveyPaths } from '../survey/survey-paths.ts';

/**
 * How long to wait after a save before checking, so that an editor's burst of writes (emptying the file, then
 * writing it) is checked once. Editors write a file within a few milliseconds; the contributor waits for all of it.
 */
const SETTLE_MS = 50;

/** The Vite error payload Astro's dev overlay shows: the first error as `check` words it, with its place. */
export function toOverlayError(root: string, diagnostics: readonly Diagnostic[]) {
	const errors = sortDiagnostics(diagnostics).filter((diagnostic) => diagnostic.severity === 'error');
	const first = errors[0]!;
	const others = errors.length - 1;
	return {
		type: 'error' as const,
		err: {
			name: 'npm run check',
			title: `The survey has ${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`,
			message: `${first.file}${first.line === undefined ? '' : `:${first.line}:${first.column ?? 1}`}: ${first.message} (${first.rule})${
				others > 0 ? `\n\nAnd ${others} more; the terminal lists them all.` : ''
			}`,
			hint: first.hint,
			stack: '',
			...(first.line === undefined
				? {}
				: { loc: { file: resolve(root, first.file), line: first.line, column: first.column ?? 1 } }),
		},
	};
}

/**
 * Re-validates the survey in `astro dev` whenever a note, chapter, benchmark, taxonomy file or survey.yaml is saved,
 * and reports as `npm run check` does: every problem in the terminal, and the first error in the browser's error
 * overlay. A page that reloads (or opens) while errors remain gets the overlay again. `checker` holds the startup
 * check: a saved note is re-checked alone, with the checks across notes (src/survey/load-survey.ts), and the report
 * is the one a whole check would print. `onChecked` gets each check's result, once it is reported, so that pages
 * show what it settled.
 */
export function watchSurvey(
	server: ViteDevServer,
	root: string,
	logger: AstroIntegrationLogger,
	checker: SurveyChecker,
	onChecked: (load: SurveyLoad) => void = () => {},
): void {
	const paths = resolveSurveyPaths(root);
	const watched = [paths.config, paths.taxonomy, paths.papers, paths.chapters, paths.benchmarks];
	server.watcher.add(watched);
	const isSurveyFile = (file: string) =>
		file === paths.config ||
		([paths.taxonomy, paths.papers, paths.chapters, paths.benchmarks].some((folder) =>
			resolve(file).startsWith(join(folder, '/')),
		) &&
			/\.(mdx|yaml)$/.test(file));

	let diagnostics = checker.current.diagnostics;
	const hot = server.environments.client.hot;
	const showOverlay = () => {
		if (hasErrors(diagnostics)) hot.send(toOverlayError(root, diagnostics));
	};
	// A save that fixes the last error sends no error, and the page's own reload clears the overlay.
	hot.on('connection', showOverlay);

	let timer: ReturnType<typeof setTimeout> | undefined;
	const changed = new Set<string>();
	const check = () => {
		timer = undefined;
		const files = [...changed];
		const saved = files.map((file) => file.slice(root.length + 1)).join(', ');
		changed.clear();
		const fail = (error: unknown) =>
			logger.error(
				`Re-checking the survey failed: ${error instanceof Error ? error.message : String(error)}`,
			);
		let load: SurveyLoad;
		try {
			load = checker.recheck(files);
		} catch (error) {
			return fail(error);
		}
		diagnostics = load.diagnostics;
		const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
		if (errors.length > 0) {
			logger.error(`Checked after saving ${saved}:\n\n${formatDiagnostics(diagnostics)}`);
			showOverlay();
		} else {
			logger.info(
				`Checked after saving ${saved}: no errors${diagnostics.length > 0 ? `\n\n${diagnostics.map(formatDiagnostic).join('\n\n')}` : '.'}`,
			);
		}
		// After the report has left, which the contributor waits for: the overlay's message is sent asynchronously, and
		// the pages' model (rebuilt from the whole survey) would hold it back.
		setImmediate(() => {
			try {
				onChecked(load);
			} catch (error) {
				fail(error);
			}
		});
	};

	for (const event of ['add', 'change', 'unlink'] as const)
		server.watcher.on(event, (file: string) => {
			if (!isSurveyFile(file)) return;
			changed.add(resolve(file));
			clearTimeout(timer);
			timer = setTimeout(check, SETTLE_MS);
		});
}
