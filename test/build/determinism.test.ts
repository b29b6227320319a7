import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { buildSurvey, type BuildResult } from '../helpers/build-survey';
import { fixture } from '../helpers/paths';
import { listSiteFiles } from '../helpers/site-files';

/**
 * Files that may legitimately differ between two builds of the same input, each with its reason. Empty: two builds
 * are byte for byte identical. Add an entry only with the reason it cannot be identical.
 */
const EXPECTED_DIFFERENCES: Record<string, string> = {};

let first: BuildResult;
let second: BuildResult;
beforeAll(async () => {
	first = await buildSurvey(fixture('tiny-survey'), 'determinism-a');
	second = await buildSurvey(fixture('tiny-survey'), 'determinism-b');
});

/** Every file of a built site with the SHA-256 of its bytes. */
const hashSite = (siteDir: string) =>
	Object.fromEntries(
		listSiteFiles(siteDir)
			.filter((file) => !(file in EXPECTED_DIFFERENCES))
			.map((file) => [
				file,
				createHash('sha256')
					.update(readFileSync(join(siteDir, file)))
					.digest('hex'),
			]),
	);

test('two builds of the same survey into different folders are byte-for-byte identical', () => {
	expect(first.code, first.stderr).toBe(0);
	expect(second.code, second.stderr).toBe(0);
	const a = hashSite(first.outDir);
	const b = hashSite(second.outDir);
	expect(Object.keys(a).length).toBeGreaterThan(30);
	expect(Object.keys(b)).toEqual(Object.keys(a));
	expect(
		Object.entries(b)
			.filter(([file, hash]) => a[file] !== hash)
			.map(([file]) => file),
	).toEqual([]);
});
