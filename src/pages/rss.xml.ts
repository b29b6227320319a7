import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey.ts';
import { buildPaperFeedItems } from '../lib/feeds/build-feed-items.ts';
import { getPaperPath, siteUrl } from '../lib/site-url.ts';

/** New papers, by the day they joined the survey, newest first. */
export const GET: APIRoute = async ({ site }) => {
	const { config, papers } = await getSurvey();
	return rss({
		title: `${config.title}: new papers`,
		description: config.description,
		site: site!,
		items: buildPaperFeedItems(papers, (slug) => siteUrl(getPaperPath(slug), site)),
	});
};
