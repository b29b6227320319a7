import { compareHref, MAX_COMPARED, readPicked, writePicked, type PickedPaper } from './compare-selection.ts';

// The short name where the row shows one ("HAMSTER: …"), else the whole heading.
const nameOfRow = (row: HTMLElement) =>
	row.dataset.name ??
	row.querySelector('.paper-name')?.textContent?.replace(/:\s*$/, '').trim() ??
	row.querySelector('h2, h3')?.textContent?.trim() ??
	row.dataset.slug!;

/**
 * Adds a "Compare" checkbox to every paper row and keeps the tray in step with the stored selection. Rows may be
 * added, moved or replaced by other scripts at any time; a MutationObserver decorates new ones.
 */
export function installCompareTray(): void {
	const tray = document.querySelector<HTMLElement>('[data-compare-tray]');
	if (!tray) return;
	const base = tray.dataset.base!;
	const compareUrl = tray.dataset.compareUrl!;
	const list = tray.querySelector<HTMLUListElement>('[data-tray-list]')!;
	const hint = tray.querySelector<HTMLElement>('[data-tray-hint]')!;
	const go = tray.querySelector<HTMLAnchorElement>('[data-tray-go]')!;
	let picked: PickedPaper[] = readPicked(base);

	const boxes = () => document.querySelectorAll<HTMLInputElement>('input[data-compare-pick]');
	const sync = () => {
		writePicked(base, picked);
		const slugs = new Set(picked.map((paper) => paper.slug));
		for (const box of boxes()) {
			box.checked = slugs.has(box.value);
			box.disabled = !box.checked && picked.length >= MAX_COMPARED;
		}
		tray.hidden = picked.length === 0;
		list.replaceChildren(
			...picked.map((paper) => {
				const button = document.createElement('button');
				button.type = 'button';
				button.textContent = `${paper.name} ×`;
				button.setAttribute('aria-label', `Remove ${paper.name} from the comparison`);
				button.addEventListener('click', () => {
					picked = picked.filter((other) => other.slug !== paper.slug);
					sync();
				});
				const item = document.createElement('li');
				item.append(button);
				return item;
			}),
		);
		go.hidden = picked.length < 2;
		go.href = compareHref(compareUrl, [...slugs]);
		go.textContent = `Compare ${picked.length} papers`;
		hint.textContent =
			picked.length < 2
				? 'Pick at least one more paper.'
				: picked.length >= MAX_COMPARED
					? `At most ${MAX_COMPARED} papers.`
					: '';
	};

	const decorate = (row: HTMLElement) => {
		if (row.querySelector('[data-compare-pick]')) return;
		const slug = row.dataset.slug!;
		const label = document.createElement('label');
		label.className = 'compare-pick';
		const box = document.createElement('input');
		box.type = 'checkbox';
		box.value = slug;
		box.dataset.comparePick = '';
		box.checked = picked.some((paper) => paper.slug === slug);
		box.disabled = !box.checked && picked.length >= MAX_COMPARED;
		box.addEventListener('change', () => {
			picked = box.checked
				? [...picked, { slug, name: nameOfRow(row) }].slice(0, MAX_COMPARED)
				: picked.filter((paper) => paper.slug !== slug);
			sync();
		});
		const hidden = document.createElement('span');
		hidden.className = 'visually-hidden';
		hidden.textContent = ` ${nameOfRow(row)}`;
		label.append(box, 'Compare', hidden);
		row.append(label);
	};
	const decorateAll = () => {
		for (const row of document.querySelectorAll<HTMLElement>('main li[data-slug]')) decorate(row);
	};

	tray.querySelector('[data-tray-clear]')!.addEventListener('click', () => {
		picked = [];
		sync();
	});
	// Another tab may change the selection; keep this one in step.
	window.addEventListener('storage', () => {
		picked = readPicked(base);
		sync();
	});
	// Back to this page from the comparison: the selection may have changed there.
	window.addEventListener('pageshow', () => {
		picked = readPicked(base);
		sync();
	});
	decorateAll();
	new MutationObserver(decorateAll).observe(document.querySelector('main')!, {
		childList: true,
		subtree: true,
	});
	sync();
}
