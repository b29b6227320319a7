import type { Loader } from 'astro/loaders';
import { existsSync, readdirSync } from 'node:fs';

/** The id of the entry set and deleted at once to leave a collection present but empty; never a valid file name. */
const EMPTY_MARK = '\0empty';

/**
 * Wraps the loader of a folder a survey may leave out (`content/chapters/`, `content/benchmarks/`): without the
 * folder, or without a file ending in `extension` in it, the inner loader does not run (Astro's glob loader warns
 * about an absent or empty folder) and the collection is stored empty rather than missing, because `getCollection()`
 * warns "does not exist or is empty. Please check your content config file" about a missing collection. A survey
 * without benchmarks or chapters builds with no warning and shows empty pages.
 */
export function optionalCollection(loader: Loader, folder: string, extension: string): Loader {
	return {
		name: loader.name,
		load: async (context) => {
			const hasFiles = existsSync(folder) && readdirSync(folder).some((name) => name.endsWith(extension));
			if (hasFiles) await loader.load(context);
			else context.store.clear();
			if (context.store.keys().length > 0) return;
			// The content layer keeps a collection once an entry was set in it, and has no other way to create one.
			context.store.set({ id: EMPTY_MARK, data: {} });
			context.store.delete(EMPTY_MARK);
		},
	};
}
