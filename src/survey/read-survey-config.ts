import { existsSync } from 'node:fs';
import { SurveyConfigSchema, type SurveyConfig } from '../schemas/survey-config.ts';
import { parseYaml, readUtf8 } from './read-source.ts';
import { resolveSurveyPaths } from './survey-paths.ts';

/**
 * Reads `survey.yaml` alone, for code outside the build's one validation pass: the PDF step, a process of its own
 * after the build. A broken file yields `undefined`; `npm run check` reports it with its line.
 */
export function readSurveyConfig(root: string): SurveyConfig | undefined {
	const path = resolveSurveyPaths(root).config;
	const source = existsSync(path) ? readUtf8(path) : undefined;
	if (!source) return undefined;
	const result = SurveyConfigSchema.safeParse(parseYaml(source.text).data);
	return result.success ? result.data : undefined;
}
