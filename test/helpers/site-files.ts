import { existsSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { realSiteDir } from './paths';

/** Every file under a built site, as sorted `/`-separated paths relative to it. */
export function listSiteFiles(siteDir: string): string[] {
	return readdirSync(siteDir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) =>
			`${entry.parentPath}${sep}${entry.name}`
				.slice(siteDir.length + 1)
				.split(sep)
				.join('/'),
		)
		.sort();
}

/** Every page of a built site (`.html` files), as sorted paths relative to it. */
export const listHtmlFiles = (siteDir: string) =>
	listSiteFiles(siteDir).filter((file) => file.endsWith('.html'));

/**
 * The repository's own survey (the repo root is a survey folder), built once per test run by the global setup;
 * several test files read it, so building it once saves a build per file.
 */
export function getRealSiteDir(): string {
	if (!existsSync(join(realSiteDir, 'index.html')))
		throw new Error(
			`The real survey was not built at ${realSiteDir}; run the tests through vitest so the global setup builds it.`,
		);
	return realSiteDir;
}
