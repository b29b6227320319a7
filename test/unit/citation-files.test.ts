import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import {
	buildCitationCff,
	buildZenodoJson,
	formatCitationCff,
	formatSurveyBibtex,
} from '../../src/lib/citations/citation-files';
import { getSurveyEdition } from '../../src/lib/survey-edition';
import { loadSurvey } from '../../src/survey/load-survey';
import { listCffErrors } from '../helpers/cff';
import { repoRoot } from '../helpers/paths';

const { survey } = loadSurvey(repoRoot);
const config = survey!.config;

describe('CITATION.cff', () => {
	test('the committed file validates against the CFF 1.2.0 schema', () => {
		expect(listCffErrors(readFileSync(join(repoRoot, 'CITATION.cff'), 'utf8'))).toEqual([]);
	});

	test('the committed file and .zenodo.json are what survey.yaml says, so they cannot drift from it', () => {
		const edition = getSurveyEdition(config, [], []);
		expect(readFileSync(join(repoRoot, 'CITATION.cff'), 'utf8')).toBe(
			formatCitationCff(buildCitationCff(config, edition)),
		);
		expect(JSON.parse(readFileSync(join(repoRoot, '.zenodo.json'), 'utf8'))).toEqual(
			buildZenodoJson(config, edition),
		);
	});

	test('a released version with people, an ORCID and a DOI validates too, and a broken file does not', () => {
		const text = formatCitationCff(
			buildCitationCff(
				{
					...config,
					doi: '10.5281/zenodo.1234567',
					authors: [
						{ given: 'Ada', family: 'Lovelace', orcid: 'https://orcid.org/0000-0002-1825-0097' },
						{ name: 'The contributors' },
					],
				},
				{ version: '0.2.0', date: '2026-12-01', released: true },
			),
		);
		expect(listCffErrors(text)).toEqual([]);
		expect((parse(text) as Record<string, unknown>)['date-released']).toBe('2026-12-01');
		expect(
			listCffErrors(text.replace('cff-version: 1.2.0', 'cff-version: 1.1.0').replace(/^title:.*$/m, '')),
		).not.toEqual([]);
	});
});

test('"Cite this survey" BibTeX names the version, keeps a group author whole and protects capitals', () => {
	expect(formatSurveyBibtex(config, { version: '0.2.0', date: '2026-12-01', released: true })).toBe(
		[
			'@misc{actionatlas2026,',
			'  title = {{Action} {Atlas}: {How} embodied and agentic {AI} systems represent and produce actions},',
			'  author = {{The Action Atlas contributors}},',
			'  year = {2026},',
			'  month = {12},',
			'  version = {0.2.0},',
			'  howpublished = {\\url{https://action-atlas.github.io/}},',
			'  note = {{Version} 0.2.0}',
			'}',
			'',
		].join('\n'),
	);
});
