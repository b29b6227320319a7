import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey.ts';
import { formatPapersBibtex } from '../data/bibtex.ts';

/** Every paper as BibTeX, newest first; keys come from slugs, so they never change. */
export const GET: APIRoute = async ({ site }) => {
	const { papers } = await getSurvey();
	const bib = formatPapersBibtex(papers, site);
	return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
