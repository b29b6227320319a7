import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds write their sites, one folder per test run so that parallel runs never share one; ignored by git. */
export const outputRoot = join(repoRoot, 'test', '.output', process.env.ATLAS_TEST_RUN ?? 'manual');
/** A fixture folder by name. */
export const fixture = (...parts: string[]) => join(repoRoot, 'test', 'fixtures', ...parts);
/** The built tiny survey, made once by the global setup. */
export const tinySiteDir = join(outputRoot, 'tiny-survey', 'dist');
/** The built real survey (the repository root), made once by the global setup. */
export const realSiteDir = join(outputRoot, 'real-survey', 'dist');
