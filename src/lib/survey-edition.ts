import { slugify } from './text/slugify.ts';
import type { PaperData } from '../schemas/paper.ts';
import type { Release } from '../schemas/release.ts';
import type { SurveyAuthor, SurveyConfig } from '../schemas/survey-config.ts';

/** The edition a reader is looking at: its version and the date it stands for. */
export interface SurveyEdition {
	/** `MAJOR.MINOR.PATCH`, or undefined for a survey that was never versioned. */
	version?: string;
	/** The release date of this version, or, between releases, the last day a paper was added or revised. */
	date: string;
	/** Whether `date` is a release date. */
	released: boolean;
}

/** Compares two `MAJOR.MINOR.PATCH` versions numerically. */
export function compareVersions(a: string, b: string): number {
	const parts = (version: string) => version.split('.').map(Number);
	const [x, y] = [parts(a), parts(b)];
	for (let index = 0; index < 3; index++) if (x[index] !== y[index]) return (x[index] ?? 0) - (y[index] ?? 0);
	return 0;
}

/**
 * Works out the edition from data alone, never from the clock, so two builds of the same input are identical.
 */
export function getSurveyEdition(
	config: Pick<SurveyConfig, 'version'>,
	papers: readonly { data: Pick<PaperData, 'added' | 'updated'> }[],
	releases: readonly Pick<Release, 'version' | 'date'>[],
): SurveyEdition {
	const release = releases.find((entry) => entry.version === config.version);
	if (release) return { version: release.version, date: release.date, released: true };
	const latest = papers
		.flatMap((paper) => [paper.data.added, paper.data.updated ?? ''])
		.reduce((max, date) => (date > max ? date : max), '');
	return { ...(config.version && { version: config.version }), date: latest, released: false };
}

/** The survey's authors as plain names, e.g. for BibTeX and the title page. */
export function listSurveyAuthorNames(config: Pick<SurveyConfig, 'authors' | 'title'>): string[] {
	const authors: SurveyAuthor[] = config.authors ?? [{ name: `${config.title} contributors` }];
	return authors.map((author) => ('name' in author ? author.name : `${author.given} ${author.family}`));
}

/**
 * The printable edition's file name at the site root, from the survey's title.
 *
 * @example getPdfFileName('Action Atlas') // 'action-atlas.pdf'
 */
export function getPdfFileName(title: string): string {
	return `${slugify(title) || 'survey'}.pdf`;
}
