/** The one comment the comment workflow keeps on a pull request: the notes it adds or changes, and terms to look at. */
import type { PullRequestReport } from '../schemas/pull-request-report.ts';

/** Marks the comment as ours, so the next run updates it instead of adding another. */
export const PULL_REQUEST_COMMENT_MARKER = '<!-- action-atlas:pull-request-notes -->';

/** Text from the report, safe inside Markdown: no HTML, no links or emphasis it did not ask for. */
const plain = (text: string) => text.replace(/[\\`*_[\]<>#|~!]/g, (character) => `\\${character}`);

/**
 * The comment's Markdown: a line per note (added or changed, path, title), under it the terms `npm run suggest`
 * proposes that the note lacks, per facet; then the link to the built site's artifact.
 */
export function formatPullRequestComment(report: PullRequestReport): string {
	const lines = [PULL_REQUEST_COMMENT_MARKER, '### Paper notes in this pull request', ''];
	if (report.notes.length === 0) lines.push('No paper note is added or changed.', '');
	for (const note of report.notes) {
		lines.push(`- **${note.status}** \`${note.file}\`${note.title ? `: ${plain(note.title)}` : ''}`);
		const facets = Object.entries(note.missing).filter(([, terms]) => terms.length > 0);
		if (facets.length === 0) lines.push('  - `npm run suggest` proposes no term the note lacks.');
		for (const [facet, terms] of facets)
			lines.push(`  - ${facet}: ${terms.map((term) => `\`${term}\``).join(', ')}`);
	}
	if (report.notes.length > 0)
		lines.push(
			'',
			'Terms listed are among the top three `npm run suggest` proposes for a facet, from the most similar notes, and the note does not have them: read their definitions and keep only those the paper supports.',
		);
	lines.push(
		'',
		report.siteArtifact
			? `Built site: [download the artifact](${report.siteArtifact}), unzip it and open \`index.html\` through a local server (\`npx serve\`).`
			: 'The site was not built, so there is no artifact to preview; see the workflow run.',
		'',
		`<sub>Updated for ${report.headSha.slice(0, 7)}.</sub>`,
	);
	return `${lines.join('\n')}\n`;
}
