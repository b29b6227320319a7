import type { ChangeEvent } from './group-changes';
import type { PaperRecord } from './paper-record';

/** An item of an RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	description: string;
	categories: string[];
}

/** Turns papers into feed items dated by when they joined the survey, newest first. */
export function buildPaperFeedItems(
	papers: readonly PaperRecord[],
	paperUrl: (slug: string) => string,
): FeedItem[] {
	return [...papers]
		.sort((a, b) => b.data.added.localeCompare(a.data.added) || a.data.title.localeCompare(b.data.title))
		.map((paper) => ({
			title: paper.name === paper.data.title ? paper.data.title : `${paper.name}: ${paper.data.title}`,
			link: paperUrl(paper.slug),
			pubDate: new Date(`${paper.data.added}T00:00:00Z`),
			description: paper.data.summary,
			categories: Object.values(paper.terms).flat(),
		}));
}

/** Turns change events into feed items ("Added: …", "Updated: …"). */
export function buildChangeFeedItems(
	events: readonly ChangeEvent<PaperRecord>[],
	paperUrl: (slug: string) => string,
): FeedItem[] {
	return events.map((event) => ({
		title: `${event.kind === 'added' ? 'Added' : 'Updated'}: ${event.paper.name}`,
		link: paperUrl(event.paper.slug),
		pubDate: new Date(`${event.date}T00:00:00Z`),
		description: event.paper.data.summary,
		categories: [event.kind],
	}));
}
