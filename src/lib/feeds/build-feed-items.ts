import type { ChangeEvent } from './group-changes.ts';
import type { PaperRecord } from '../papers/paper-record.ts';

/** An item of an RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
	title: string;
	link: string;
	pubDate: Date;
	description: string;
	categories: string[];
}

/**
 * Items a feed carries: the newest. A reader polls a feed for what is new, and a feed of a whole 10,000-paper
 * survey would be megabytes per poll; the full list is `/papers.json`, `/papers.bib` and the paper pages.
 */
export const FEED_ITEM_LIMIT = 100;

/** Turns papers into feed items dated by when they joined the survey, the newest {@link FEED_ITEM_LIMIT} first. */
export function buildPaperFeedItems(
	papers: readonly PaperRecord[],
	paperUrl: (slug: string) => string,
): FeedItem[] {
	return [...papers]
		.sort((a, b) => b.data.added.localeCompare(a.data.added) || a.data.title.localeCompare(b.data.title))
		.slice(0, FEED_ITEM_LIMIT)
		.map((paper) => ({
			title: paper.name === paper.data.title ? paper.data.title : `${paper.name}: ${paper.data.title}`,
			link: paperUrl(paper.slug),
			pubDate: new Date(`${paper.data.added}T00:00:00Z`),
			description: paper.data.summary,
			categories: Object.values(paper.terms).flat(),
		}));
}

/** Turns change events, newest first, into feed items ("Added: …", "Updated: …"), at most {@link FEED_ITEM_LIMIT}. */
export function buildChangeFeedItems(
	events: readonly ChangeEvent<PaperRecord>[],
	paperUrl: (slug: string) => string,
): FeedItem[] {
	return events.slice(0, FEED_ITEM_LIMIT).map((event) => ({
		title: `${event.kind === 'added' ? 'Added' : 'Updated'}: ${event.paper.name}`,
		link: paperUrl(event.paper.slug),
		pubDate: new Date(`${event.date}T00:00:00Z`),
		description: event.paper.data.summary,
		categories: [event.kind],
	}));
}
