import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root. */
export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds write their sites; ignored by git. */
export const outputRoot = join(repoRoot, 'test', '.output');
/** A fixture folder by name. */
export const fixture = (...parts: string[]) => join(repoRoot, 'test', 'fixtures', ...parts);
/** The built tiny survey, made once by the global setup. */
export const tinySiteDir = join(outputRoot, 'tiny-survey', 'dist');
