import type { PaperData } from '../../schemas/paper.ts';

/**
 * The short name used in citations and tables: `name` when given, else the title up to its first colon.
 *
 * @example getPaperName({ title: 'HAMSTER: Hierarchical Action Models' }) // 'HAMSTER'
 */
export function getPaperName(paper: Pick<PaperData, 'name' | 'title'>): string {
	if (paper.name) return paper.name;
	const beforeColon = paper.title.split(/:\s/)[0]!.trim();
	return beforeColon.length <= 60 ? beforeColon : `${paper.title.slice(0, 57).trimEnd()}…`;
}

/**
 * Splits a title for display as "Name: rest" without repeating the name when the title already starts with it.
 *
 * @example splitDisplayTitle('HAMSTER', 'HAMSTER: Hierarchical Action Models') // { lead: 'HAMSTER', rest: 'Hierarchical Action Models' }
 * @example splitDisplayTitle('CodeAct', 'Executable Code Actions') // { lead: 'CodeAct', rest: 'Executable Code Actions' }
 * @example splitDisplayTitle('iFlyBot-VLA', 'iFlyBot-VLA Technical Report') // { rest: 'iFlyBot-VLA Technical Report' }
 */
export function splitDisplayTitle(name: string, title: string): { lead?: string; rest: string } {
	if (title.toLowerCase().startsWith(name.toLowerCase()) && !title.slice(name.length).startsWith(':'))
		return { rest: title };
	const match = /^([^:]+):\s*(.+)$/.exec(title);
	if (match && match[1]!.trim().toLowerCase() === name.toLowerCase())
		return { lead: match[1]!.trim(), rest: match[2]! };
	return { lead: name, rest: title };
}
