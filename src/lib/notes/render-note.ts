import type { LoaderContext } from 'astro/loaders';

// The contract between the note loader (src/survey/note-loader.ts) and the renderer it is given for plain notes
// (src/markdown/satteri-notes.ts): one type, here, since neither of those folders may import the other.

/** What a note renders to, as the content layer stores it. */
export type RenderedNote = Awaited<ReturnType<LoaderContext['renderMarkdown']>>;

/** One note's file, whole and split into its frontmatter and body. */
export interface NoteSource {
	/** The whole file, frontmatter included. */
	contents: string;
	frontmatter: Record<string, unknown>;
	/** The file without its frontmatter. */
	content: string;
}

/** Renders one note to what the content layer stores. */
export type RenderNote = (note: NoteSource, fileURL: URL) => Promise<RenderedNote>;
