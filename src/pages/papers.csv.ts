import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey.ts';
import { getPaperPath, siteUrl } from '../lib/site-url.ts';
import { buildPapersCsv } from '../lib/exports/format-csv.ts';

/** Every paper as CSV, one column per attribute and facet, for spreadsheets. */
export const GET: APIRoute = async ({ site }) => {
	const { config, index, papers } = await getSurvey();
	return new Response(
		buildPapersCsv(papers, config.attributes, index, (slug) => siteUrl(getPaperPath(slug), site)),
		{
			headers: { 'Content-Type': 'text/csv; charset=utf-8' },
		},
	);
};
