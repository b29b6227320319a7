import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/**
 * The survey the content tests read: the published one at the repository root, or `ATLAS_TEST_SURVEY` when set, so
 * that the pull-request test can run them on a copy with a paper added (test/build/contributing-pr.test.ts).
 */
export const surveyUnderTest = process.env.ATLAS_TEST_SURVEY ?? repoRoot;
/** Where test builds write their sites, one folder per test run so that parallel runs never share one; ignored by git. */
export const outputRoot = join(repoRoot, 'test', '.output', process.env.ATLAS_TEST_RUN ?? 'manual');
/** A fixture folder by name. */
export const fixture = (...parts: string[]) => join(repoRoot, 'test', 'fixtures', ...parts);
/** The built tiny survey, made once by the global setup. */
export const tinySiteDir = join(outputRoot, 'tiny-survey', 'dist');
/** The built real survey (the repository root), made once by the global setup. */
export const realSiteDir = join(outputRoot, 'real-survey', 'dist');
