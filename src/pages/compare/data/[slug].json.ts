import type { APIRoute, GetStaticPaths } from 'astro';
import { getSurvey, type Paper } from '../../../data/survey.ts';
import { buildComparePaper } from '../../../lib/compare/compare-data.ts';

// Only for `npm run dev`: the build writes these files from the validated survey (src/integration/atlas.ts).
export const getStaticPaths = (async () => {
	if (!import.meta.env.DEV) return [];
	const { papers } = await getSurvey();
	return papers.map((paper) => ({ params: { slug: paper.slug }, props: { paper } }));
}) satisfies GetStaticPaths;

/** One paper's comparison data: `/compare/` fetches only the papers it shows, never the whole survey. */
export const GET: APIRoute<{ paper: Paper }> = async ({ props }) => {
	const { config, benchmarks } = await getSurvey();
	return new Response(JSON.stringify(buildComparePaper(props.paper, config.attributes, benchmarks)), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
