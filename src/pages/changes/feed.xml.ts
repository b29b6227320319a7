import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSurvey } from '../../data/survey.ts';
import { buildChangeFeedItems } from '../../lib/feeds/build-feed-items.ts';
import { listChanges } from '../../lib/feeds/group-changes.ts';
import { getPaperPath, siteUrl } from '../../lib/site-url.ts';

/** What's new: papers added and revised, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const { config, papers } = await getSurvey();
	return rss({
		title: `${config.title}: what's new`,
		description: `Papers added to and revised in ${config.title}.`,
		site: site!,
		items: buildChangeFeedItems(listChanges(papers), (slug) => siteUrl(getPaperPath(slug), site)),
	});
};
