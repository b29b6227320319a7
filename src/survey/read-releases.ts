import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readUtf8 } from './read-source.ts';

/**
 * Reads every `releases/<version>/release.json` under a survey's releases folder, as parsed JSON in folder order;
 * the content collection validates them. No folder means no release yet.
 */
export function readReleaseManifests(releasesDir: string): unknown[] {
	if (!existsSync(releasesDir)) return [];
	return readdirSync(releasesDir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && existsSync(join(releasesDir, entry.name, 'release.json')))
		.map((entry) => entry.name)
		.sort()
		.map((name) => JSON.parse(readUtf8(join(releasesDir, name, 'release.json'))!.text) as unknown);
}

/**
 * Copies every release's snapshot (`releases/<version>/*`) into the built site's `releases/<version>/`, so each
 * version's exports and PDF stay downloadable after later releases. Returns how many files it copied.
 */
export function copyReleaseFiles(releasesDir: string, outDir: string): number {
	if (!existsSync(releasesDir)) return 0;
	let copied = 0;
	for (const version of readdirSync(releasesDir, { withFileTypes: true })) {
		if (!version.isDirectory()) continue;
		const target = join(outDir, 'releases', version.name);
		mkdirSync(target, { recursive: true });
		for (const file of readdirSync(join(releasesDir, version.name), { withFileTypes: true })) {
			if (!file.isFile()) continue;
			copyFileSync(join(releasesDir, version.name, file.name), join(target, file.name));
			copied++;
		}
	}
	return copied;
}
