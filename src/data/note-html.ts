/**
 * The HTML of paper notes that the loader keeps out of the data store (`htmlInFiles` in src/survey/note-loader.ts):
 * read from the content cache when a page renders the note, instead of living in the one big data-store module.
 */
import type { CollectionEntry } from 'astro:content';
import type { CitingNote } from '../lib/print/plan-print.ts';
import { getNoteHtmlPlace } from '../lib/notes/note-html-file.ts';
import { readNoteHtmlAt } from '../survey/read-note-html.ts';

/** A note's rendered HTML when the loader kept it in a file; `undefined` for MDX notes and HTML kept in the store. */
export function readNoteHtml(
	entry: CollectionEntry<'papers'> | CollectionEntry<'chapters'>,
): string | undefined {
	const place = getNoteHtmlPlace(entry.rendered);
	return place === undefined ? undefined : readNoteHtmlAt(place);
}

/** A note as the print plan reads its citations: the HTML is read only for the notes the plan prints in full. */
export function toCitingNote(entry: CollectionEntry<'papers'>): CitingNote {
	return {
		body: entry.body,
		get rendered() {
			return { html: readNoteHtml(entry) ?? entry.rendered?.html ?? '' };
		},
	};
}
