import type { PaperData } from '../../schemas/paper.ts';
import { normaliseArxivId } from '../papers/normalise-paper-keys.ts';

/** A node of the lineage graph: a paper in the survey, or one outside it. */
export interface LineageNode {
	/** The slug, or `outside:<arxiv or name>` for a paper outside the survey. */
	id: string;
	label: string;
	/** Set for papers in the survey. */
	slug?: string;
	/** Set for outside papers whose arXiv id is known. */
	arxiv?: string;
	/** Partial ISO date; outside papers have none. */
	date?: string;
}

/** A typed edge, read as "from <type> to" (e.g. "NORA-1.5 successor-of NORA"). */
export interface LineageEdge {
	from: string;
	to: string;
	type: PaperData['relations'][number]['type'];
}

/**
 * The papers' relations as a graph: only papers that take part in a relation become nodes. A relation that names an
 * outside paper by an arXiv id that a survey paper has points to that paper, so adding a paper links up the notes
 * that already cited it.
 */
export function collectLineage(
	papers: readonly {
		slug: string;
		name: string;
		data: Pick<PaperData, 'relations' | 'date'> & Partial<Pick<PaperData, 'arxiv'>>;
	}[],
): { nodes: LineageNode[]; edges: LineageEdge[] } {
	const bySlug = new Map(papers.map((paper) => [paper.slug, paper]));
	const byArxiv = new Map(
		papers.flatMap((paper) => (paper.data.arxiv ? [[normaliseArxivId(paper.data.arxiv), paper.slug]] : [])),
	);
	const nodes = new Map<string, LineageNode>();
	const edges: LineageEdge[] = [];
	const addPaper = (slug: string) => {
		const paper = bySlug.get(slug);
		if (paper && !nodes.has(slug))
			nodes.set(slug, { id: slug, label: paper.name, slug, date: paper.data.date });
	};
	for (const paper of papers) {
		for (const relation of paper.data.relations) {
			addPaper(paper.slug);
			let target: string;
			const inSurvey =
				relation.paper ?? (relation.arxiv ? byArxiv.get(normaliseArxivId(relation.arxiv)) : undefined);
			// A paper related to itself through its own arXiv id is an error `check` reports; draw no loop.
			if (inSurvey === paper.slug) continue;
			if (inSurvey !== undefined) {
				target = inSurvey;
				addPaper(target);
			} else {
				target = `outside:${relation.arxiv ?? relation.name}`;
				if (!nodes.has(target))
					nodes.set(target, {
						id: target,
						label: relation.name!,
						...(relation.arxiv && { arxiv: relation.arxiv }),
					});
			}
			edges.push({ from: paper.slug, to: target, type: relation.type });
		}
	}
	return { nodes: [...nodes.values()], edges };
}

/**
 * The verb phrase of each relation type, read from the paper that declares it to the paper it names ("A extends B"),
 * for lists and tooltips. Seen from the other end, the sentence keeps this order with the other paper as its subject
 * ("B extends this paper"): a passive for every type read as broken English ("is compared with in").
 */
export const RELATION_PHRASES: Record<LineageEdge['type'], { forward: string }> = {
	extends: { forward: 'extends' },
	'successor-of': { forward: 'is the successor of' },
	'baseline-in': { forward: 'is a baseline in' },
	'uses-component-of': { forward: 'uses a component of' },
	'compares-with': { forward: 'compares with' },
	'preprint-of': { forward: 'is the preprint of' },
};

/** One relation seen from a paper's side: what it says, and the paper or outside work at the other end. */
export interface PaperRelation {
	/** The relation's verb phrase, from its subject to its object. */
	phrase: string;
	/** The paper or outside work at the other end. */
	node: LineageNode;
	type: LineageEdge['type'];
	/** Whether this paper is the subject ("This paper extends X") or the object ("X extends this paper"). */
	subject: 'this' | 'other';
}

/**
 * The sentence of a relation on a paper's page around the other paper's name: `before` + name + `after`, e.g.
 * "This paper extends " + "Alpha", or "CogACT" + " compares with this paper".
 */
export function describePaperRelation(relation: Pick<PaperRelation, 'phrase' | 'subject'>): {
	before: string;
	after: string;
} {
	return relation.subject === 'this'
		? { before: `This paper ${relation.phrase} `, after: '' }
		: { before: '', after: ` ${relation.phrase} this paper` };
}

/**
 * Every paper's relations, outgoing and incoming, phrased from that paper's side and in the graph's edge order:
 * one pass over the graph, so that each paper page looks its relations up rather than scanning every edge.
 */
export function groupPaperRelations(graph: {
	nodes: readonly LineageNode[];
	edges: readonly LineageEdge[];
}): Map<string, PaperRelation[]> {
	const byId = new Map(graph.nodes.map((node) => [node.id, node]));
	const grouped = new Map<string, PaperRelation[]>();
	const add = (slug: string, relation: PaperRelation) => {
		const list = grouped.get(slug);
		if (list) list.push(relation);
		else grouped.set(slug, [relation]);
	};
	for (const edge of graph.edges) {
		const phrase = RELATION_PHRASES[edge.type].forward;
		add(edge.from, { phrase, node: byId.get(edge.to)!, type: edge.type, subject: 'this' });
		if (edge.to !== edge.from)
			add(edge.to, { phrase, node: byId.get(edge.from)!, type: edge.type, subject: 'other' });
	}
	return grouped;
}

/**
 * Lays the graph out as an arc diagram: one row per node (outside papers first, then by date), and each edge an arc
 * whose depth grows with the distance it spans, so arcs nest instead of crossing labels.
 */
export function layoutArcDiagram(graph: { nodes: readonly LineageNode[]; edges: readonly LineageEdge[] }): {
	rows: LineageNode[];
	arcs: (LineageEdge & { fromRow: number; toRow: number })[];
} {
	const rows = [...graph.nodes].sort(
		(a, b) =>
			Number(a.slug !== undefined) - Number(b.slug !== undefined) ||
			(a.date ?? '').localeCompare(b.date ?? '') ||
			a.label.localeCompare(b.label),
	);
	const rowOf = new Map(rows.map((node, index) => [node.id, index]));
	const arcs = graph.edges
		.map((edge) => ({ ...edge, fromRow: rowOf.get(edge.from)!, toRow: rowOf.get(edge.to)! }))
		.sort((a, b) => Math.abs(a.fromRow - a.toRow) - Math.abs(b.fromRow - b.toRow) || a.fromRow - b.fromRow);
	return { rows, arcs };
}

/** The pairs of survey papers linked by a relation, as `a b` (sorted), for related-paper scoring. */
export function listLinkedPairs(edges: readonly LineageEdge[]): Set<string> {
	return new Set(
		edges
			.filter((edge) => !edge.to.startsWith('outside:'))
			.map((edge) => [edge.from, edge.to].sort().join(' ')),
	);
}
