import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey';
import { formatBibtex } from '../lib/format-citations';
import { paperToCsl } from '../lib/paper-to-csl';

/** Every paper as BibTeX, newest first; keys come from slugs, so they never change. */
export const GET: APIRoute = async ({ site }) => {
	const { papers } = await getSurvey();
	const base = import.meta.env.BASE_URL;
	const bib = formatBibtex(
		papers.map((paper) => paperToCsl(paper, new URL(`${base}papers/${paper.slug}/`, site).href)),
	);
	return new Response(bib, { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
