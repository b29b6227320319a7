import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArxivAtom } from '../../src/cli/parse-arxiv-atom';
import { findArxivIdInText, parseArxivReference } from '../../src/cli/parse-arxiv-reference';
import { fixture } from '../helpers/paths';

const recorded = (name: string) => readFileSync(fixture('arxiv', name), 'utf8');
const CODEACT_AUTHORS = [
	'Xingyao Wang',
	'Yangyi Chen',
	'Lifan Yuan',
	'Yizhe Zhang',
	'Yunzhu Li',
	'Hao Peng',
	'Heng Ji',
];

const feed = (entry: string) => `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>ArXiv Query</title>${entry}</feed>`;

describe('parseArxivAtom', () => {
	test('reads title, authors, first-version date and the id without version', () => {
		expect(parseArxivAtom(recorded('2402.01030.xml'))).toEqual({
			kind: 'paper',
			paper: {
				title: 'Executable Code Actions Elicit Better LLM Agents',
				authors: CODEACT_AUTHORS,
				date: '2024-02-01',
				arxiv: '2402.01030',
			},
		});
	});

	test('strips the version of a later version and keeps the first version date', () => {
		const result = parseArxivAtom(recorded('2402.01030v2.xml'));
		expect(result).toMatchObject({
			kind: 'paper',
			paper: { arxiv: '2402.01030', date: '2024-02-01', authors: CODEACT_AUTHORS },
		});
	});

	test('an empty feed means there is no such paper', () => {
		expect(parseArxivAtom(recorded('unknown-id.xml'))).toEqual({ kind: 'not-found' });
		// Older API answers for a missing id carried an entry without id or title.
		expect(parseArxivAtom(feed('<entry><updated>2024-01-01T00:00:00Z</updated></entry>'))).toEqual({
			kind: 'not-found',
		});
	});

	test('reads DOI and journal reference, collapses wrapped titles and names, and keeps numeric-looking text', () => {
		const result = parseArxivAtom(
			feed(`<entry>
				<id>http://arxiv.org/abs/cs/0112017v1</id>
				<published>2001-12-17T10:00:00Z</published>
				<title>1984:
				  A Wrapped   Title</title>
				<author><name>Ada
				  Example</name><arxiv:affiliation xmlns:arxiv="http://arxiv.org/schemas/atom">Nowhere</arxiv:affiliation></author>
				<arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.5555/12345678</arxiv:doi>
				<arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">Example Conference 2002</arxiv:journal_ref>
			</entry>`),
		);
		expect(result).toEqual({
			kind: 'paper',
			paper: {
				title: '1984: A Wrapped Title',
				authors: ['Ada Example'],
				date: '2001-12-17',
				arxiv: 'cs/0112017',
				doi: '10.5555/12345678',
				journalRef: 'Example Conference 2002',
			},
		});
	});

	test('reports an error the API states about the query', () => {
		const result = parseArxivAtom(
			feed(
				'<entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234</id><title>Error</title><summary>incorrect id format for 1234</summary></entry>',
			),
		);
		expect(result).toEqual({ kind: 'api-error', message: 'incorrect id format for 1234' });
	});

	test('reports text that is not an Atom feed', () => {
		expect(parseArxivAtom('<html><body><p>Service unavailable</body></html>')).toEqual({
			kind: 'unreadable',
			reason: 'not an Atom feed',
		});
		expect(parseArxivAtom('Rate exceeded.')).toEqual({ kind: 'unreadable', reason: 'not an Atom feed' });
	});
});

describe('parseArxivReference', () => {
	test('accepts the forms a contributor pastes and drops the version', () => {
		for (const reference of [
			'2402.01030',
			'2402.01030v2',
			'arXiv:2402.01030',
			'arxiv:2402.01030v12',
			' https://arxiv.org/abs/2402.01030v2 ',
			'arxiv.org/abs/2402.01030',
			'https://arxiv.org/pdf/2402.01030v1.pdf',
			'https://export.arxiv.org/abs/2402.01030/',
		]) {
			expect(parseArxivReference(reference), reference).toBe('2402.01030');
		}
		expect(parseArxivReference('https://arxiv.org/abs/math.GT/0309136v1')).toBe('math.GT/0309136');
	});

	test('rejects anything else', () => {
		for (const reference of [
			'',
			'2402.103',
			'2402.010301',
			'codeact',
			'https://example.org/abs/2402.01030',
			'10.5555/12345678',
			'2402.01030v',
		]) {
			expect(parseArxivReference(reference), reference).toBeUndefined();
		}
	});

	test('finds an id in free text only after arXiv: or an arxiv.org link', () => {
		expect(findArxivIdInText('arXiv preprint arXiv:2509.13347')).toBe('2509.13347');
		expect(findArxivIdInText('see https://arxiv.org/abs/2509.13347v3 for details')).toBe('2509.13347');
		expect(findArxivIdInText('volume 2509.13347, pages 1-10')).toBeUndefined();
	});
});
