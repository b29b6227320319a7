import { MAX_COMPARED, readPicked, writePicked } from './compare-selection.ts';

/**
 * "Compare with…" on a paper page: adds the paper to the selection and opens the paper browser to pick the others.
 * Without JavaScript the link opens `/compare/`, which explains that comparing needs it.
 */
export function installCompareWith(): void {
	for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-compare-with]')) {
		link.addEventListener('click', (event) => {
			event.preventDefault();
			const base = link.dataset.base!;
			const slug = link.dataset.compareWith!;
			const picked = readPicked(base).filter((paper) => paper.slug !== slug);
			writePicked(base, [...picked, { slug, name: link.dataset.name! }].slice(-MAX_COMPARED));
			location.href = link.dataset.browser!;
		});
	}
}
