import { describe, expect, test } from 'vitest';
import { isPartialDate } from '../../src/schemas/partial-date';
import { PaperSchema } from '../../src/schemas/paper';

const valid = {
	title: 'Executable Code Actions Elicit Better LLM Agents',
	authors: ['Xingyao Wang'],
	date: '2024-02-01',
	arxiv: '2402.01030',
	summary: 'Code as the action space.',
	taxonomy: { 'action-tokenization': ['code'] },
	added: '2026-11-24',
};
const issues = (data: object) => {
	const result = PaperSchema.safeParse(data);
	return result.success
		? []
		: result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('paper frontmatter', () => {
	test('accepts a complete note and fills defaults', () => {
		const data = PaperSchema.parse(valid);
		expect(data).toMatchObject({ authors_complete: true, links: {}, results: [], verified: false });
	});

	test('accepts a date that a YAML 1.1 reader turned into a Date', () => {
		expect(PaperSchema.parse({ ...valid, date: new Date('2024-02-01T00:00:00Z') }).date).toBe('2024-02-01');
	});

	test('accepts partial dates but not impossible ones', () => {
		expect(issues({ ...valid, date: '2026' })).toEqual([]);
		expect(issues({ ...valid, date: '2026-02' })).toEqual([]);
		expect(issues({ ...valid, date: '2025-13-40' })).toEqual([
			'date: must be a real date written as YYYY-MM-DD (or YYYY-MM, or YYYY when only the year is known)',
		]);
		expect(isPartialDate('2024-02-30')).toBe(false);
		expect(isPartialDate('2024-02-29')).toBe(true);
	});

	test('rejects a malformed arXiv id, and accepts one pinned to a version', () => {
		expect(issues({ ...valid, arxiv: 'arXiv:2402.01030' })).toHaveLength(1);
		expect(issues({ ...valid, arxiv: '24O2.0103' })).toHaveLength(1);
		expect(issues({ ...valid, arxiv: '2402.01030v2' })).toEqual([]);
	});

	test('rejects links that are not http(s) URLs', () => {
		expect(issues({ ...valid, links: { code: 'github dot com/foo' } })[0]).toMatch(
			/^links\.code: must be a full http\(s\) URL/,
		);
		expect(issues({ ...valid, links: { project: 'javascript:alert(1)' } })[0]).toMatch(/^links\.project:/);
	});

	test('rejects an empty author list, an over-long title and unknown fields', () => {
		expect(issues({ ...valid, authors: [] })).toEqual(['authors: must list at least one author']);
		expect(issues({ ...valid, title: 'x'.repeat(301) })).toEqual(['title: must be at most 300 characters']);
		expect(issues({ ...valid, summmary: 'typo' })).toEqual([': Unrecognized key: "summmary"']);
	});
});
