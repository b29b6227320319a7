import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey.ts';
import { buildPapersJson } from '../lib/exports/papers-json.ts';
import { getPaperPath, siteUrl } from '../lib/site-url.ts';

/** Every paper as JSON, for scripts and other tools. */
export const GET: APIRoute = async ({ site }) => {
	const { papers } = await getSurvey();
	const records = buildPapersJson(papers, (slug) => siteUrl(getPaperPath(slug), site));
	return new Response(`${JSON.stringify(records, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
