/**
 * Components every note and chapter may use without importing them. The chapter and paper pages pass the matching
 * Astro components to `<Content components={…} />`; keep the two lists in step.
 */
export const MDX_COMPONENT_NAMES = ['PaperTable', 'Leaderboard', 'Timeline', 'Matrix'] as const;
