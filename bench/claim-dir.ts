import { existsSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';

/**
 * Claims `.bench/survey-N/` for this process: a second run for the same N would regenerate the folder under the
 * first one's build. Returns a release function, or the pid of the live run that holds the claim.
 */
export function claimSurveyDir(lockFile: string): { release: () => void } | { heldBy: number } {
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			writeFileSync(lockFile, `${process.pid}\n`, { flag: 'wx' });
			return { release: () => rmSync(lockFile, { force: true }) };
		} catch {
			const holder = Number(readFileSync(lockFile, 'utf8').trim());
			if (holder > 0 && existsSync(`/proc/${holder}`)) return { heldBy: holder };
			// The run that left the lock is gone: take over.
			unlinkSync(lockFile);
		}
	}
	return { heldBy: -1 };
}
