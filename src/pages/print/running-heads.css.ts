import type { APIRoute } from 'astro';
import { getSurvey } from '../../data/survey.ts';
import { buildRunningHeadsCss } from '../../lib/print/running-heads.ts';

/** The print edition's running heads: the survey and version on the left, the chapter on the right. */
export const GET: APIRoute = async () => {
	const { config, chapters, edition } = await getSurvey();
	return new Response(
		buildRunningHeadsCss(
			`${config.title}${edition.version ? ` · version ${edition.version}` : ''}`,
			chapters.map((chapter) => ({ id: chapter.id, title: `${chapter.data.order}. ${chapter.data.title}` })),
		),
		{ headers: { 'Content-Type': 'text/css; charset=utf-8' } },
	);
};
