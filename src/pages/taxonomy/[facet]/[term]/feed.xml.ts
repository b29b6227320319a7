import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSurvey } from '../../../../data/survey.ts';
import { buildPaperFeedItems } from '../../../../lib/feeds/build-feed-items.ts';
import { getPaperPath, siteUrl } from '../../../../lib/site-url.ts';

export const getStaticPaths = (async () => {
	const { index } = await getSurvey();
	return index.facets.flatMap((facet) => facet.facet.terms.map((term) => ({ params: { facet: facet.facet.id, term: term.id }, props: { facetLabel: facet.facet.label, termLabel: term.label } })));
}) satisfies GetStaticPaths;

/** New papers under one term (sub-terms included). */
export const GET: APIRoute<{ facetLabel: string; termLabel: string }> = async ({ params, props, site }) => {
	const { config, papersWithTerm } = await getSurvey();
	return rss({
		title: `${config.title}: ${props.termLabel} (${props.facetLabel})`,
		description: `New papers tagged ${props.termLabel} in ${config.title}.`,
		site: site!,
		items: buildPaperFeedItems(papersWithTerm(params.facet!, params.term!), (slug) => siteUrl(getPaperPath(slug), site)),
	});
};
