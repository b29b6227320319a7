import type { APIRoute, GetStaticPaths } from 'astro';
import { getSurvey } from '../../../../data/survey.ts';
import { formatPapersBibtex } from '../../../../data/bibtex.ts';

export const getStaticPaths = (async () => {
	const { index } = await getSurvey();
	return index.facets.flatMap((facet) => facet.facet.terms.map((term) => ({ params: { facet: facet.facet.id, term: term.id } })));
}) satisfies GetStaticPaths;

/** BibTeX of the papers under one term (sub-terms included); empty for a term with no papers. */
export const GET: APIRoute = async ({ params, site }) => {
	const { papersWithTerm } = await getSurvey();
	const tagged = papersWithTerm(params.facet!, params.term!);
	return new Response(formatPapersBibtex(tagged, site), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
