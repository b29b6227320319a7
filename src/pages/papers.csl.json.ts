import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey.ts';
import { formatCslJson } from '../lib/citations/format-citations.ts';
import { paperToCsl } from '../lib/citations/paper-to-csl.ts';
import { getPaperPath, siteUrl } from '../lib/site-url.ts';

/** Every paper as CSL-JSON, the format Zotero and citeproc read. */
export const GET: APIRoute = async ({ site }) => {
	const { papers } = await getSurvey();
	const items = papers.map((paper) => paperToCsl(paper, siteUrl(getPaperPath(paper.slug), site)));
	return new Response(formatCslJson(items), {
		headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
	});
};
