import { join } from 'node:path';

/** Where a survey's files live, relative to its root folder. */
export function resolveSurveyPaths(root: string) {
	return {
		root,
		config: join(root, 'survey.yaml'),
		taxonomy: join(root, 'taxonomy'),
		papers: join(root, 'content', 'papers'),
		chapters: join(root, 'content', 'chapters'),
		benchmarks: join(root, 'content', 'benchmarks'),
		releases: join(root, 'releases'),
	};
}
