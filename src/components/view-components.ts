import Leaderboard from './Leaderboard.astro';
import PaperTable from './PaperTable.astro';
import TermMatrix from './TermMatrix.astro';
import TimelineChart from './TimelineChart.astro';
import type { MDX_COMPONENTS } from '../lib/mdx-components.ts';

/**
 * The components notes and chapters embed, under the names `npm run check` knows them by (MDX_COMPONENTS): every
 * page that renders MDX passes this one map to `<Content components={…} />`, and the type keeps the two in step.
 */
export const VIEW_COMPONENTS = {
	PaperTable,
	Leaderboard,
	Timeline: TimelineChart,
	Matrix: TermMatrix,
} satisfies Record<keyof typeof MDX_COMPONENTS, unknown>;
