import type { APIRoute, GetStaticPaths } from 'astro';
import { getSurvey } from '../../../../data/survey';
import { formatBibtex } from '../../../../lib/format-citations';
import { filterPapersByTerm } from '../../../../lib/paper-record';
import { paperToCsl } from '../../../../lib/paper-to-csl';
import { siteUrl } from '../../../../lib/site-url';

export const getStaticPaths = (async () => {
	const { index } = await getSurvey();
	return index.facets.flatMap((facet) => facet.facet.terms.map((term) => ({ params: { facet: facet.facet.id, term: term.id } })));
}) satisfies GetStaticPaths;

/** BibTeX of the papers under one term (sub-terms included); empty for a term with no papers. */
export const GET: APIRoute = async ({ params, site }) => {
	const { papers } = await getSurvey();
	const tagged = filterPapersByTerm(papers, params.facet!, params.term!);
	return new Response(formatBibtex(tagged.map((paper) => paperToCsl(paper, siteUrl(`papers/${paper.slug}/`, site)))), { headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' } });
};
