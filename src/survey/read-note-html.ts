import { closeSync, openSync, readSync } from 'node:fs';
import type { NoteHtmlPlace } from '../lib/notes/note-html-file.ts';

/** Reads a note's HTML from where the loader put it (see `htmlInFiles` in note-loader.ts). */
export function readNoteHtmlAt({ file, offset, length }: NoteHtmlPlace): string {
	const html = Buffer.alloc(length);
	const fd = openSync(file, 'r');
	try {
		readSync(fd, html, 0, length, offset);
	} finally {
		closeSync(fd);
	}
	return html.toString('utf8');
}
