import type { SurveyConfig } from '../../schemas/survey-config.ts';

/** The facet pairs offered by the gap matrix, the first being the default view. */
export function listMatrixViews(
	config: Pick<SurveyConfig, 'facets' | 'matrices'>,
): { rows: string; cols: string }[] {
	if (config.matrices && config.matrices.length > 0)
		return config.matrices.filter(
			(pair) => config.facets.includes(pair.rows) && config.facets.includes(pair.cols),
		);
	const core = config.facets.slice(0, 4);
	return core.flatMap((rows, i) => core.slice(i + 1).map((cols) => ({ rows, cols })));
}

/** The facets offered by the timeline, the first being the default view. */
export function listTimelineViews(config: Pick<SurveyConfig, 'facets' | 'timelines'>): string[] {
	return (config.timelines ?? config.facets.slice(0, 4)).filter((facet) => config.facets.includes(facet));
}
