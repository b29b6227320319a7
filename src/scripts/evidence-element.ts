import { renderEvidenceHtml, type Evidence } from '../lib/results/format-evidence.ts';

/** A number's source as an element, built from the same HTML the pages render on the server. */
export function evidenceElement(evidence: Evidence): Element {
	const template = document.createElement('template');
	template.innerHTML = renderEvidenceHtml(evidence);
	return template.content.firstElementChild!;
}
