import { existsSync } from 'node:fs';
import { SurveyConfigSchema, type SurveyConfig } from '../schemas/survey-config.ts';
import { parseYaml, readUtf8 } from './read-source.ts';
import { resolveSurveyPaths } from './survey-paths.ts';

/**
 * Reads `survey.yaml` for the Astro config (site, base). A broken file yields `undefined`; the integration's full
 * validation then reports it with its line.
 */
export function readSurveyConfig(root: string): SurveyConfig | undefined {
	const path = resolveSurveyPaths(root).config;
	const source = existsSync(path) ? readUtf8(path) : undefined;
	if (!source) return undefined;
	const result = SurveyConfigSchema.safeParse(parseYaml(source.text).data);
	return result.success ? result.data : undefined;
}
