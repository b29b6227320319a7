/**
 * Problems as GitHub Actions shows them: workflow-command annotations on the files and lines of a pull request, and
 * the full list as Markdown for the job summary. Both are made from the same diagnostics the terminal prints.
 */
import { githubProblems } from '../errors/catalogue.ts';
import { countDiagnostics, sortDiagnostics, type Diagnostic } from '../errors/diagnostic.ts';

/**
 * GitHub shows at most 10 error and 10 warning annotations per step and drops the rest silently
 * (https://github.com/orgs/community/discussions/68471); the rest are counted in a notice that points to the summary.
 */
export const ANNOTATIONS_PER_STEP = 10;

/** A workflow command's message: `%`, CR and LF escaped, as `@actions/core` does. */
const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** A workflow command's property value: also `:` and `,`, which separate properties. */
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * One `::error …::` or `::warning …::` line per diagnostic, at most `limit` of each severity (errors first, then by
 * file and line), then a `::notice::` counting those left out. `pathPrefix` turns a path relative to the survey
 * folder into one relative to the repository, e.g. `surveys/robots/` (empty when the survey is the repository).
 *
 * @example formatAnnotations([{ file: 'a.mdx', line: 3, column: 1, rule: 'unknown-term', severity: 'error', message: 'm', hint: 'h' }])
 * // ['::error file=a.mdx,line=3,col=1,title=unknown-term::m%0Ahint: h']
 */
export function formatAnnotations(
	diagnostics: readonly Diagnostic[],
	{ pathPrefix = '', limit = ANNOTATIONS_PER_STEP }: { pathPrefix?: string; limit?: number } = {},
): string[] {
	const lines: string[] = [];
	const left = { error: 0, warning: 0 };
	const shown = { error: 0, warning: 0 };
	for (const diagnostic of sortDiagnostics(diagnostics)) {
		if (shown[diagnostic.severity] >= limit) {
			left[diagnostic.severity] += 1;
			continue;
		}
		shown[diagnostic.severity] += 1;
		const properties = [
			`file=${escapeProperty(`${pathPrefix}${diagnostic.file}`)}`,
			...(diagnostic.line === undefined ? [] : [`line=${diagnostic.line}`, `col=${diagnostic.column ?? 1}`]),
			`title=${escapeProperty(diagnostic.rule)}`,
		];
		lines.push(
			`::${diagnostic.severity} ${properties.join(',')}::${escapeData(`${diagnostic.message}\nhint: ${diagnostic.hint}`)}`,
		);
	}
	if (left.error + left.warning > 0) {
		const notice = githubProblems.annotationsLeftOut(left.error, left.warning, limit);
		lines.push(`::notice title=${notice.rule}::${escapeData(`${notice.message} ${notice.hint}`)}`);
	}
	return lines;
}

/** A table cell: no line breaks, no unescaped pipes. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Markdown code span that survives backticks in the text. */
const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);

/**
 * The job summary: a heading with the counts and every diagnostic in a table (place, rule, message, hint), errors
 * first. `title` names the command, e.g. `npm run check`.
 */
export function formatStepSummary(
	diagnostics: readonly Diagnostic[],
	{ title, pathPrefix = '' }: { title: string; pathPrefix?: string },
): string {
	const sorted = sortDiagnostics(diagnostics);
	if (sorted.length === 0) return `### ${title}: no problems\n`;
	const rows = sorted.map((diagnostic) => {
		const place = [`${pathPrefix}${diagnostic.file}`, diagnostic.line, diagnostic.column]
			.filter((part) => part !== undefined)
			.join(':');
		return `| ${diagnostic.severity} | ${cell(code(place))} | ${cell(code(diagnostic.rule))} | ${cell(diagnostic.message)} | ${cell(diagnostic.hint)} |`;
	});
	return [
		`### ${title}: ${countDiagnostics(sorted)}`,
		'',
		'| | Place | Rule | Problem | What to do |',
		'| --- | --- | --- | --- | --- |',
		...rows,
		'',
	].join('\n');
}
