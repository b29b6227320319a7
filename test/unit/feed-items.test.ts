import { describe, expect, test } from 'vitest';
import {
	buildChangeFeedItems,
	buildPaperFeedItems,
	FEED_ITEM_LIMIT,
} from '../../src/lib/feeds/build-feed-items';
import { listChanges } from '../../src/lib/feeds/group-changes';
import type { PaperRecord } from '../../src/lib/papers/paper-record';

// 130 papers, one added per day from 2026-01-01; every fifth was revised a week after it was added.
const day = (offset: number) => new Date(Date.UTC(2026, 0, 1 + offset)).toISOString().slice(0, 10);
const papers = Array.from(
	{ length: 130 },
	(_, position): PaperRecord =>
		({
			slug: `paper-${position}`,
			name: `Paper ${position}`,
			data: {
				title: `Paper ${position}`,
				summary: 'A summary.',
				added: day(position),
				...(position % 5 === 0 && { updated: day(position + 7) }),
			},
			terms: { method: ['planning'] },
			expandedTerms: { method: ['planning'] },
		}) as unknown as PaperRecord,
);
const url = (slug: string) => `https://example.org/papers/${slug}/`;

describe('feeds', () => {
	test(`carry the ${FEED_ITEM_LIMIT} newest papers, newest first`, () => {
		const items = buildPaperFeedItems(papers, url);
		expect(items).toHaveLength(FEED_ITEM_LIMIT);
		expect(items[0]!.link).toBe(url('paper-129'));
		expect(items.at(-1)!.link).toBe(url('paper-30'));
		expect(items.map((item) => item.link)).not.toContain(url('paper-29'));
	});

	test('of changes carry the newest additions and revisions, newest first', () => {
		const items = buildChangeFeedItems(listChanges(papers), url);
		expect(items).toHaveLength(FEED_ITEM_LIMIT);
		expect(items[0]!.title).toBe('Updated: Paper 125');
		expect(items.slice(0, 8).map((item) => item.title)).toContain('Added: Paper 129');
	});

	test('keep every paper of a small survey', () => {
		expect(buildPaperFeedItems(papers.slice(0, 3), url)).toHaveLength(3);
	});
});
