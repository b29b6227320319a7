import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { resolveSiteDir, resolveSurveyRoot } from '../../src/survey/survey-root';

describe('where a survey is read from and its site written to', () => {
	test('the survey of this folder builds into dist/ here', () => {
		expect(resolveSurveyRoot({})).toBe(process.cwd());
		expect(resolveSiteDir({}, '/repo')).toBe('/repo/dist');
	});

	test("another survey builds into its own dist/, never over this repository's site", () => {
		const env = { ATLAS_SURVEY: 'surveys/proteins', INIT_CWD: '/home/me' };
		expect(resolveSurveyRoot(env)).toBe('/home/me/surveys/proteins');
		expect(resolveSiteDir(env, '/repo')).toBe(join('/home/me/surveys/proteins', 'dist'));
	});

	test('ATLAS_OUT_DIR wins, read from where the command was typed', () => {
		expect(resolveSiteDir({ ATLAS_SURVEY: '/s', ATLAS_OUT_DIR: 'site', INIT_CWD: '/home/me' }, '/repo')).toBe(
			'/home/me/site',
		);
		expect(resolveSiteDir({ ATLAS_OUT_DIR: '/tmp/out' }, '/repo')).toBe('/tmp/out');
	});
});
