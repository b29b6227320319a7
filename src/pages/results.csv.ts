import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey.ts';
import { getPaperPath, siteUrl } from '../lib/site-url.ts';
import { buildResultsCsv } from '../lib/exports/format-csv.ts';

/** Every reported benchmark result as CSV, one row each, with its protocol, inputs, quote and source. */
export const GET: APIRoute = async ({ site }) => {
	const { papers } = await getSurvey();
	return new Response(
		buildResultsCsv(papers, (slug) => siteUrl(getPaperPath(slug), site)),
		{ headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
	);
};
