/**
 * `npm run check`: validates the whole survey without building it and prints every problem as
 * `path:line:column: message (rule-id)` with a hint. Exits 1 when there is an error; warnings alone pass.
 */
import { formatDiagnostics, hasErrors } from '../errors/diagnostic';
import { loadSurvey } from '../survey/load-survey';
import { resolveSurveyRoot } from '../survey/survey-root';

const started = performance.now();
const root = resolveSurveyRoot();
const { survey, diagnostics } = loadSurvey(root);
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (diagnostics.length > 0) process.stdout.write(`${formatDiagnostics(diagnostics)}\n`);
if (hasErrors(diagnostics)) {
	process.stdout.write(`\nThe survey has errors; fix them and run \`npm run check\` again. (${seconds} s)\n`);
	process.exitCode = 1;
} else {
	process.stdout.write(`Checked ${survey?.papers.length ?? 0} papers, ${survey?.chapters.length ?? 0} chapters and ${survey?.facets.length ?? 0} facets: no errors. (${seconds} s)\n`);
}
