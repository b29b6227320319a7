import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the script Node was started with (`tsx src/cli/check.ts`), as opposed to
 * imported by a test or another script. Symlinks are resolved, so `node_modules/.bin` launchers still count.
 */
export function isRunDirectly(moduleUrl: string): boolean {
	const script = process.argv[1];
	if (!script) return false;
	try {
		return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
	} catch {
		return false;
	}
}
