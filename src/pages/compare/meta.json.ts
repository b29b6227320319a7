import type { APIRoute } from 'astro';
import { getSurvey } from '../../data/survey.ts';
import { buildCompareMeta } from '../../lib/compare/compare-data.ts';

/** Facet, term, attribute, benchmark and relation labels, shared by every comparison. */
export const GET: APIRoute = async () => {
	const { config, index, benchmarks } = await getSurvey();
	return new Response(JSON.stringify(buildCompareMeta(index, config.attributes, benchmarks)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
