/** Severity of a problem: errors stop the build, warnings are printed and the build goes on. */
export type Severity = 'error' | 'warning';

/** One problem in a survey's source files, located as precisely as the source allows. */
export interface Diagnostic {
	/** Path of the file, relative to the survey folder, with forward slashes. */
	file: string;
	/** 1-based line, where there is one. */
	line?: number;
	/** 1-based column, where there is one. */
	column?: number;
	/** Stable rule id from the catalogue, e.g. `unknown-term`. */
	rule: string;
	severity: Severity;
	/** What happened, and why. */
	message: string;
	/** What to do about it. */
	hint: string;
}

/** Formats a diagnostic as `path:line:column: message (rule-id)` followed by an indented hint line. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
	const place = [
		diagnostic.file,
		diagnostic.line,
		diagnostic.line === undefined ? undefined : (diagnostic.column ?? 1),
	]
		.filter((part) => part !== undefined)
		.join(':');
	const label = diagnostic.severity === 'warning' ? 'warning: ' : '';
	return `${place}: ${label}${diagnostic.message} (${diagnostic.rule})\n  hint: ${diagnostic.hint}`;
}

/**
 * Formats a problem that belongs to no file, such as a wrong command line, as `severity: message (rule-id)`
 * followed by an indented hint line.
 */
export function formatProblem(problem: Omit<Diagnostic, 'file' | 'line' | 'column'>): string {
	return `${problem.severity}: ${problem.message} (${problem.rule})\n  hint: ${problem.hint}`;
}

/** Counts diagnostics by severity, e.g. `2 errors, 1 warning`. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): string {
	const errors = diagnostics.filter((d) => d.severity === 'error').length;
	const warnings = diagnostics.length - errors;
	return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}

/** Formats a list of diagnostics, errors first, then a one-line count. */
export function formatDiagnostics(diagnostics: readonly Diagnostic[]): string {
	return [...sortDiagnostics(diagnostics).map(formatDiagnostic), countDiagnostics(diagnostics)].join('\n\n');
}

/** Orders diagnostics by severity (errors first), then file, line and column. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
	return [...diagnostics].sort(
		(a, b) =>
			(a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) ||
			a.file.localeCompare(b.file) ||
			(a.line ?? 0) - (b.line ?? 0) ||
			(a.column ?? 0) - (b.column ?? 0),
	);
}

/** Reports whether any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
	return diagnostics.some((d) => d.severity === 'error');
}
