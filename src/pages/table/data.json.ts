import type { APIRoute } from 'astro';
import { getSurvey } from '../../data/survey.ts';
import { buildTableData } from '../../lib/table/table-data.ts';

/** The table's compact column data; its script loads it only once a reader sorts, filters or picks columns. */
export const GET: APIRoute = async () => {
	const { config, index, papers } = await getSurvey();
	return new Response(JSON.stringify(buildTableData(papers, config.attributes, index)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
