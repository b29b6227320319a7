import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { setTimeout as delay } from 'node:timers/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { needsMdx, needsUnifiedMarkdown } from '../lib/notes/needs-mdx.ts';
import { getNoteHtmlPlace, withNoteHtmlPlace } from '../lib/notes/note-html-file.ts';
import type { NoteSource, RenderedNote, RenderNote } from '../lib/notes/render-note.ts';

/** Where a collection of MDX notes lives, and how its plain notes render. */
export interface NoteLoaderOptions {
	/** Absolute path of the folder holding `<slug>.mdx` files. */
	base: string;
	/**
	 * Makes the renderer for notes without MDX syntax, given every entry's id and data; without it, the content
	 * layer's `renderMarkdown` (the configured unified pipeline) renders them.
	 */
	createRenderer?: (entries: { id: string; data: Record<string, unknown> }[]) => Promise<RenderNote>;
	/**
	 * Keep the HTML of notes rendered without MDX in the content cache (`atlas-notes/`) rather than in the data store:
	 * one file per load holds every note it rendered, each entry's rendered metadata records its byte range there
	 * (src/lib/notes/note-html-file.ts), and `rendered.html` is empty; pages read it with `readNoteHtml`. Astro bundles the
	 * data store as one JavaScript module, whose compile time and memory grow faster than its size, and the HTML
	 * would be most of it. One file per load rather than one per note, because creating a file costs far more than
	 * appending to one.
	 */
	htmlInFiles?: boolean;
}

/**
 * Loads `<slug>.mdx` notes like Astro's glob loader, but renders the notes that use no MDX syntax through the content
 * layer's Markdown pipeline (`renderMarkdown`) and stores the HTML in the data store. Only notes that use components,
 * expressions or imports become an MDX module each, which is what made the build grow with the survey: bundling one
 * module per note costs ~10 ms and holds its code in memory until the build ends. Both paths run the same remark and
 * rehype plugins (`markdown.processor`), and `render(entry)` returns a `Content` component either way.
 *
 * An unchanged file (same digest) keeps its stored HTML, so a rebuild re-renders only the notes that were edited.
 * Astro clears the store itself when the config changes, and the config holds every paper's citation label, so
 * renaming a paper re-renders the notes that cite it.
 */
export function noteLoader({ base, createRenderer, htmlInFiles = false }: NoteLoaderOptions): Loader {
	/** Loads every note; unchanged notes (same digest) keep what the store has. */
	const sync = async (context: LoaderContext) => {
		const { config, store } = context;
		const root = fileURLToPath(config.root);
		const htmlDir = fileURLToPath(new URL('atlas-notes/', config.cacheDir));
		if (htmlInFiles) mkdirSync(htmlDir, { recursive: true });
		// Listed once: a stat per note costs more than the note.
		const existing = new Set(htmlInFiles ? readdirSync(htmlDir).map((name) => join(htmlDir, name)) : []);
		// A survey may have no chapters yet: an absent folder is an empty collection.
		const files = (existsSync(base) ? readdirSync(base) : []).filter((name) => name.endsWith('.mdx')).sort();
		const present = new Set<string>();
		const entries: { id: string; data: Record<string, unknown> }[] = [];
		const toRender: {
			native: boolean;
			file: string;
			source: NoteSource;
			entry: Parameters<typeof store.set>[0];
			/** The store holds an older version, replaced only once the new one is rendered. */
			replaces: boolean;
		}[] = [];
		for (const name of files) {
			// The slug is the file name as written: it is the public URL, so no slugger may rewrite it.
			const id = name.slice(0, -'.mdx'.length);
			present.add(id);
			const file = join(base, name);
			const contents = readFileSync(file, 'utf8');
			const digest = context.generateDigest(contents);
			const filePath = relative(root, file).split(sep).join('/');
			const stored = store.get(id);
			const storedPlace = getNoteHtmlPlace(stored?.rendered);
			// A rendered note is reused only in the form this loader stores: with its HTML in the store, or (htmlInFiles)
			// at a place in a file that still exists. A cache written otherwise (an older version) renders again.
			const storedHtmlReusable = htmlInFiles
				? storedPlace !== undefined && existing.has(storedPlace.file)
				: storedPlace === undefined;
			if (
				stored &&
				stored.digest === digest &&
				stored.filePath === filePath &&
				(stored.deferredRender || storedHtmlReusable)
			) {
				if (stored.deferredRender) store.addModuleImport(filePath);
				entries.push({ id, data: stored.data });
				continue;
			}
			// The same parse as the MDX integration's, so both paths see identical data; the renderer reuses it.
			const { frontmatter, content } = parseFrontmatter(contents);
			const data = await context.parseData({ id, data: frontmatter, filePath: file });
			entries.push({ id, data });
			const body = content.trim();
			if (needsMdx(body)) {
				// The store ignores a set with the digest it already has: drop the old entry so the new one replaces it.
				if (stored) store.delete(id);
				store.set({ id, data, body, filePath, digest, deferredRender: true });
			} else
				toRender.push({
					file,
					source: { contents, frontmatter, content },
					native: !needsUnifiedMarkdown(body),
					// No body: nothing reads it once the note is rendered, and it would only grow the data store.
					entry: { id, data, filePath, digest },
					replaces: stored !== undefined,
				});
		}
		// Rendered once every entry's data is known: a note's citations show other papers' names.
		const unified: RenderNote = ({ contents }, fileURL) => context.renderMarkdown(contents, { fileURL });
		const native =
			createRenderer && toRender.some((note) => note.native) ? await createRenderer(entries) : unified;
		const kept: (Pick<(typeof toRender)[number], 'entry' | 'replaces'> & {
			rendered: RenderedNote;
			html: Buffer;
		})[] = [];
		// Until its new version is stored, a re-rendered note keeps its old entry: a page requested meanwhile shows it.
		const replace = ({ entry, replaces }: Pick<(typeof toRender)[number], 'entry' | 'replaces'>) => {
			if (replaces) store.delete(entry.id);
		};
		for (const { file, source, native: isNative, entry, replaces } of toRender) {
			const rendered = await (isNative ? native : unified)(source, pathToFileURL(file));
			if (htmlInFiles) kept.push({ entry, replaces, rendered, html: Buffer.from(rendered.html) });
			else {
				replace({ entry, replaces });
				store.set({ ...entry, rendered });
			}
		}
		if (kept.length > 0) {
			const pack = Buffer.concat(kept.map(({ html }) => html));
			// Named by its contents: a note re-rendered because a cited paper was renamed lands in a new file.
			const packFile = join(
				htmlDir,
				`notes-${createHash('sha256').update(pack).digest('hex').slice(0, 16)}.html`,
			);
			if (!existing.has(packFile)) writeFileSync(packFile, pack);
			existing.add(packFile);
			let offset = 0;
			for (const { entry, replaces, rendered, html } of kept) {
				const place = { file: packFile, offset, length: html.length };
				replace({ entry, replaces });
				store.set({
					...entry,
					rendered: { html: '', metadata: withNoteHtmlPlace(rendered.metadata, place) },
				});
				offset += html.length;
			}
		}
		for (const id of store.keys()) if (!present.has(id)) store.delete(id);
		// A build deletes the files no note refers to any more. A dev server never does: a page it is rendering may
		// still hold an older entry's place in a file, and a save's new file is small; the next build prunes them.
		if (!htmlInFiles || context.watcher) return;
		for (const file of findUnusedNoteHtml(existing, store.values())) rmSync(file, { force: true });
	};
	let watching = false;
	return {
		name: 'atlas-notes',
		load: async (context) => {
			await sync(context);
			// In `astro dev`, a saved, added or deleted note is loaded again, as Astro's glob loader does for its files.
			if (!context.watcher || watching) return;
			watching = true;
			context.watcher.add(base);
			// One reload at a time: two saves in quick succession must not interleave their writes to the store.
			let reloading = Promise.resolve();
			const onChange = (path: string) => {
				if (dirname(path) !== base || !path.endsWith('.mdx')) return;
				reloading = reloading
					// An editor's save can be seen half-written (the file emptied, then filled): read it again shortly
					// before calling the note broken.
					.then(() => sync(context).catch(() => delay(150).then(() => sync(context))))
					.then(
						() => context.logger.info(`Reloaded ${relative(base, path)}`),
						(error: unknown) =>
							context.logger.error(`Could not reload ${relative(base, path)}: ${String(error)}`),
					);
			};
			for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, onChange);
		},
	};
}

/** The files of the HTML folder (`files`, as listed and written this load) that no stored note refers to. */
function findUnusedNoteHtml(
	files: ReadonlySet<string>,
	entries: Iterable<{ rendered?: { metadata?: Record<string, unknown> } }>,
): Set<string> {
	const kept = new Set<string>();
	for (const entry of entries) {
		const place = getNoteHtmlPlace(entry.rendered);
		if (place !== undefined) kept.add(place.file);
	}
	return new Set([...files].filter((file) => !kept.has(file)));
}
