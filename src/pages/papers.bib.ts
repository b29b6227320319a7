import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey';
import { formatBibtex } from '../lib/format-citations';
import { paperToCsl } from '../lib/paper-to-csl';
import { siteUrl } from '../lib/site-url';

/** Every paper as BibTeX, newest first; keys come from slugs, so they never change. */
export const GET: APIRoute = async ({ site }) => {
	const { papers } = await getSurvey();
	const bib = formatBibtex(papers.map((paper) => paperToCsl(paper, siteUrl(`papers/${paper.slug}/`, site))));
	return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
