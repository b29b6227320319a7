import { stringify } from 'yaml';
import type { SurveyAuthor, SurveyConfig } from '../../schemas/survey-config.ts';
import { formatBibtexValue } from './format-bibtex-value.ts';
import { siteUrl } from '../site-url.ts';
import { slugify } from '../text/slugify.ts';
import type { SurveyEdition } from '../survey-edition.ts';

type CitableConfig = Pick<
	SurveyConfig,
	'title' | 'tagline' | 'description' | 'site' | 'base' | 'repository' | 'authors' | 'doi' | 'facets'
>;

const authorsOf = (config: CitableConfig): SurveyAuthor[] =>
	config.authors ?? [{ name: `${config.title} contributors` }];

/** The survey's full title for citations: the title and its tagline. */
export const formatCitationTitle = (config: Pick<SurveyConfig, 'title' | 'tagline'>) =>
	config.tagline ? `${config.title}: ${config.tagline}` : config.title;

/** The survey's home page, e.g. `https://action-atlas.github.io/`. */
export const surveyUrl = (config: Pick<SurveyConfig, 'site' | 'base'>) =>
	siteUrl('', config.site, config.base);

/**
 * `CITATION.cff` (Citation File Format 1.2.0) for a version of the survey, as a plain object in the format's key
 * order. GitHub shows it as "Cite this repository"; Zenodo reads `.zenodo.json` first.
 */
export function buildCitationCff(
	config: CitableConfig,
	edition: Pick<SurveyEdition, 'version' | 'date' | 'released'>,
) {
	return {
		'cff-version': '1.2.0',
		message: 'If you use this survey, please cite it as below.',
		type: 'dataset',
		title: formatCitationTitle(config),
		abstract: config.description.trim(),
		authors: authorsOf(config).map((author) =>
			'name' in author
				? { name: author.name }
				: {
						'given-names': author.given,
						'family-names': author.family,
						...(author.orcid && { orcid: author.orcid }),
					},
		),
		...(edition.version && { version: edition.version }),
		...(edition.released && { 'date-released': edition.date }),
		...(config.doi && { doi: config.doi }),
		url: surveyUrl(config),
		...(config.repository && { 'repository-code': config.repository }),
		keywords: ['literature survey'],
	};
}

/** Writes CITATION.cff's text: YAML with a header saying where it comes from. */
export function formatCitationCff(cff: ReturnType<typeof buildCitationCff>): string {
	return `# Written by \`npm run release\` from survey.yaml; edit survey.yaml, not this file.\n${stringify(cff, { lineWidth: 0 })}`;
}

/** `.zenodo.json`: the metadata Zenodo gives the DOI it mints for a GitHub release. */
export function buildZenodoJson(config: CitableConfig, edition: Pick<SurveyEdition, 'version'>) {
	return {
		title: formatCitationTitle(config),
		description: config.description.trim(),
		upload_type: 'publication',
		publication_type: 'other',
		creators: authorsOf(config).map((author) =>
			'name' in author
				? { name: author.name }
				: {
						name: `${author.family}, ${author.given}`,
						...(author.orcid && { orcid: author.orcid.replace('https://orcid.org/', '') }),
					},
		),
		...(edition.version && { version: edition.version }),
		keywords: ['literature survey'],
		access_right: 'open',
	};
}

/**
 * A BibTeX entry for one version of the survey, for "Cite this survey". A group author is braced so BibTeX keeps it
 * whole instead of splitting it into first and last names.
 */
export function formatSurveyBibtex(config: CitableConfig, edition: SurveyEdition): string {
	const year = edition.date.slice(0, 4);
	const key = `${slugify(config.title).replace(/-/g, '')}${year}`;
	const author = authorsOf(config)
		.map((entry) => ('name' in entry ? `{${entry.name}}` : `${entry.family}, ${entry.given}`))
		.join(' and ');
	const fields: [string, string | undefined][] = [
		['title', formatCitationTitle(config)],
		['author', author],
		['year', year],
		['month', edition.date.length >= 7 ? String(Number(edition.date.slice(5, 7))) : undefined],
		['version', edition.version],
		['howpublished', `\\url{${surveyUrl(config)}}`],
		['doi', config.doi],
		['note', edition.version ? `Version ${edition.version}` : undefined],
	];
	const body = fields
		.filter((field): field is [string, string] => field[1] !== undefined)
		.map(
			([name, value]) =>
				`  ${name} = {${name === 'author' || name === 'howpublished' ? value : formatBibtexValue(value)}}`,
		)
		.join(',\n');
	return `@misc{${key},\n${body}\n}\n`;
}
