import type { Release } from '../schemas/release.ts';
import type { NoteSnapshot } from '../survey/git-notes.ts';

type Changes = Release['changes'];

const canonical = (value: unknown): string =>
	JSON.stringify(value, (_key, entry: unknown) =>
		entry && typeof entry === 'object' && !Array.isArray(entry)
			? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
			: entry instanceof Date
				? entry.toISOString().slice(0, 10)
				: entry,
	);

const termsOf = (data: Record<string, unknown>) => {
	const taxonomy = (data.taxonomy ?? {}) as Record<string, unknown>;
	return canonical(
		Object.fromEntries(
			Object.entries(taxonomy)
				.map(
					([facet, terms]) =>
						[facet, Array.isArray(terms) ? (terms as unknown[]).map(String).sort() : []] as const,
				)
				.filter(([, terms]) => terms.length > 0),
		),
	);
};

const withoutBookkeeping = (data: Record<string, unknown>) => {
	const { taxonomy: _taxonomy, reasons: _reasons, updated: _updated, ...rest } = data;
	return canonical(rest);
};

/**
 * What changed between two versions of the notes, by slug: papers added and removed, re-tagged (their terms differ)
 * and corrected (any other fact or the note's text differs). A re-tagged paper is not also listed as corrected.
 */
export function diffNotes(
	previous: ReadonlyMap<string, NoteSnapshot>,
	current: ReadonlyMap<string, NoteSnapshot>,
): Changes {
	const changes: Changes = { added: [], retagged: [], corrected: [], removed: [] };
	const entry = (slug: string, note: NoteSnapshot) => ({ slug, name: note.name });
	for (const [slug, note] of [...current].sort(([a], [b]) => a.localeCompare(b))) {
		const before = previous.get(slug);
		if (!before) changes.added.push(entry(slug, note));
		else if (termsOf(before.data) !== termsOf(note.data)) changes.retagged.push(entry(slug, note));
		else if (
			withoutBookkeeping(before.data) !== withoutBookkeeping(note.data) ||
			canonical(before.data.reasons ?? {}) !== canonical(note.data.reasons ?? {}) ||
			before.body.trim() !== note.body.trim()
		)
			changes.corrected.push(entry(slug, note));
	}
	for (const [slug, note] of [...previous].sort(([a], [b]) => a.localeCompare(b)))
		if (!current.has(slug)) changes.removed.push(entry(slug, note));
	return changes;
}

/**
 * The changes since a release whose notes are not in git history (no tag): read from the notes' own dates, `added`
 * after the release for new papers and `updated` after it for revised ones. Without an earlier release, every paper
 * is new.
 */
export function diffByDates(
	current: ReadonlyMap<string, NoteSnapshot & { added: string; updated?: string }>,
	since: string | undefined,
): Changes {
	const changes: Changes = { added: [], retagged: [], corrected: [], removed: [] };
	for (const [slug, note] of [...current].sort(([a], [b]) => a.localeCompare(b))) {
		if (since === undefined || note.added > since) changes.added.push({ slug, name: note.name });
		else if (note.updated !== undefined && note.updated > since)
			changes.corrected.push({ slug, name: note.name });
	}
	return changes;
}

/** The CHANGELOG section of a release, written from its data alone. */
export function formatChangelogSection(
	release: Pick<Release, 'version' | 'date' | 'counts' | 'changes'>,
	releaseUrl: string,
): string {
	const list = (label: string, papers: readonly { slug: string; name: string }[]) =>
		papers.length === 0
			? []
			: [
					`- ${label} (${papers.length}): ${papers.map((paper) => `${paper.name} (\`${paper.slug}\`)`).join(', ')}.`,
				];
	const lines = [
		`## ${release.version} (${release.date})`,
		'',
		'### The survey',
		`- ${release.counts.papers} papers, ${release.counts.chapters} chapters. PDF and exports: ${releaseUrl}`,
		...list('Added', release.changes.added),
		...list('Re-tagged', release.changes.retagged),
		...list('Corrected', release.changes.corrected),
		...list('Removed', release.changes.removed),
	];
	if (Object.values(release.changes).every((papers) => papers.length === 0))
		lines.push('- No paper changed.');
	return `${lines.join('\n')}\n`;
}

/**
 * Puts a release section into a CHANGELOG: the "Unreleased" notes move under the new version, and an empty
 * "Unreleased" heading stays on top for the next changes.
 */
export function insertChangelogSection(changelog: string, section: string): string {
	const unreleased = /^## Unreleased[^\n]*\n/m.exec(changelog);
	if (!unreleased) {
		const firstSection = changelog.search(/^## /m);
		return firstSection === -1
			? `${changelog.trimEnd()}\n\n${section}`
			: `${changelog.slice(0, firstSection)}${section}\n${changelog.slice(firstSection)}`;
	}
	const start = unreleased.index;
	const bodyStart = start + unreleased[0].length;
	const pending = changelog.slice(bodyStart).trim();
	return `${changelog.slice(0, start)}## Unreleased\n\n${section}${pending ? `\n${pending}\n` : ''}`;
}
