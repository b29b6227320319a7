import { SurveyConfigSchema, type SurveyConfig } from '../schemas/survey-config';
import { parseYaml, readUtf8 } from './read-source';
import { resolveSurveyPaths } from './load-survey';

/**
 * Reads `survey.yaml` for the Astro config (site, base). A broken file yields `undefined`; the integration's full
 * validation then reports it with its line.
 */
export function readSurveyConfig(root: string): SurveyConfig | undefined {
	const source = readUtf8(resolveSurveyPaths(root).config);
	if (!source) return undefined;
	const result = SurveyConfigSchema.safeParse(parseYaml(source.text).data);
	return result.success ? result.data : undefined;
}
