import type { APIRoute } from 'astro';
import { getSurvey } from '../../data/survey';
import { buildCompareMeta } from '../../lib/compare-data';

/** Facet, term, attribute, benchmark and relation labels, shared by every comparison. */
export const GET: APIRoute = async () => {
	const { config, index, benchmarks } = await getSurvey();
	return new Response(JSON.stringify(buildCompareMeta(index, config.attributes, benchmarks)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
