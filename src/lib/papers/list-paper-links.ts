import type { PaperData } from '../../schemas/paper.ts';

/** An outbound link shown on a paper page. */
export interface PaperLink {
	label: string;
	href: string;
}

/** Lists a paper's outbound links in a fixed order; the arXiv page and PDF come from the arXiv id. */
export function listPaperLinks(data: Pick<PaperData, 'arxiv' | 'doi' | 'links'>): PaperLink[] {
	const links: PaperLink[] = [];
	if (data.arxiv) {
		links.push({ label: 'arXiv', href: `https://arxiv.org/abs/${data.arxiv}` });
		links.push({ label: 'PDF', href: `https://arxiv.org/pdf/${data.arxiv}` });
	} else if (data.links.pdf) links.push({ label: 'PDF', href: data.links.pdf });
	if (data.doi) links.push({ label: 'DOI', href: `https://doi.org/${data.doi}` });
	if (data.links.code) links.push({ label: 'Code', href: data.links.code });
	if (data.links.project) links.push({ label: 'Project page', href: data.links.project });
	if (data.links.data) links.push({ label: 'Data', href: data.links.data });
	return links;
}
