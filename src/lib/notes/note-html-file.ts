/**
 * Notes the loader renders without MDX keep their HTML in the content cache rather than in the data store (see
 * `htmlInFiles` in src/survey/note-loader.ts): one file holds the HTML of every note rendered in the same load, and
 * each entry's rendered metadata records where its own HTML lies in it.
 */
const NOTE_HTML_PLACE = 'htmlPlace';

/** Where a note's HTML lies: the file, and the byte range within it. */
export interface NoteHtmlPlace {
	file: string;
	offset: number;
	length: number;
}

/** Rendered metadata that records where a note's HTML lies. */
export function withNoteHtmlPlace(
	metadata: Record<string, unknown> | undefined,
	place: NoteHtmlPlace,
): Record<string, unknown> {
	return { ...metadata, [NOTE_HTML_PLACE]: place };
}

/** Where a note's HTML lies, or `undefined` when the entry keeps its HTML itself (or is an MDX module). */
export function getNoteHtmlPlace(
	rendered: { metadata?: Record<string, unknown> } | undefined,
): NoteHtmlPlace | undefined {
	const place = rendered?.metadata?.[NOTE_HTML_PLACE];
	return typeof place === 'object' && place !== null && 'file' in place
		? (place as NoteHtmlPlace)
		: undefined;
}
