import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/paths';

/** The parts of a GitHub issue form these tests look at. */
interface FormElement {
	type?: string;
	id?: string;
	attributes?: { label?: string; options?: unknown[] };
	validations?: { required?: boolean };
}
interface IssueForm {
	name?: string;
	description?: string;
	title?: string;
	labels?: string | string[];
	body?: FormElement[];
}

const githubDir = join(repoRoot, '.github');
const templatesDir = join(githubDir, 'ISSUE_TEMPLATE');

function readYaml(...parts: string[]): unknown {
	return parse(readFileSync(join(githubDir, ...parts), 'utf8'));
}

describe('issue forms', () => {
	const formFiles = readdirSync(templatesDir).filter(
		(file) => /\.ya?ml$/.test(file) && file !== 'config.yml',
	);
	const forms = new Map(
		formFiles.map((file) => [file, parse(readFileSync(join(templatesDir, file), 'utf8')) as IssueForm]),
	);

	test('cover adding, correcting, reclassifying and broken links', () => {
		expect(formFiles).toEqual(
			expect.arrayContaining([
				'add-paper.yml',
				'correct-metadata.yml',
				'reclassify-paper.yml',
				'broken-link.yml',
			]),
		);
	});

	test.each(formFiles)('%s has a name, description, title, labels and required fields with ids', (file) => {
		const form = forms.get(file)!;
		expect(form.name?.trim()).toBeTruthy();
		expect(form.description?.trim()).toBeTruthy();
		expect(form.title?.trim()).toBeTruthy();
		expect([form.labels ?? []].flat().length).toBeGreaterThan(0);
		const body = form.body ?? [];
		expect(body.length).toBeGreaterThan(0);
		for (const element of body) {
			expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(element.type);
			if (element.type === 'markdown') continue;
			expect(element.attributes?.label?.trim(), `${file}: every field needs a label`).toBeTruthy();
			if (element.validations?.required === true)
				expect(
					element.id,
					`${file}: required field "${element.attributes?.label ?? ''}" needs an id`,
				).toMatch(/^[A-Za-z0-9_-]+$/);
		}
		expect(
			body.some((element) => element.validations?.required === true),
			`${file}: at least one field must be required`,
		).toBe(true);
		const ids = body.flatMap((element) => (element.id === undefined ? [] : [element.id]));
		expect(new Set(ids).size).toBe(ids.length);
	});

	test("the reclassify form offers exactly the survey's facets", () => {
		const facetIds = readdirSync(join(repoRoot, 'taxonomy'))
			.filter((file) => file.endsWith('.yaml'))
			.map((file) => basename(file, '.yaml'));
		expect(facetIds.length).toBeGreaterThan(0);
		const body = forms.get('reclassify-paper.yml')?.body ?? [];
		const facet = body.find((element) => element.type === 'dropdown' && element.id === 'facet');
		expect(facet?.validations?.required).toBe(true);
		const options = (facet?.attributes?.options ?? []).map(String);
		expect(options).toHaveLength(new Set(options).size);
		expect([...options].sort()).toEqual([...facetIds].sort());
	});

	test('the reclassify form asks for the paper, its current and proposed terms and a quote', () => {
		const ids = (forms.get('reclassify-paper.yml')?.body ?? []).map((element) => element.id);
		expect(ids).toEqual(expect.arrayContaining(['slug', 'current-terms', 'proposed-terms', 'evidence']));
	});

	test('blank issues are off and the contact links point to CONTRIBUTING', () => {
		const config = readYaml('ISSUE_TEMPLATE', 'config.yml') as {
			blank_issues_enabled?: boolean;
			contact_links?: { name?: string; url?: string; about?: string }[];
		};
		expect(config.blank_issues_enabled).toBe(false);
		const links = config.contact_links ?? [];
		expect(links.some((link) => link.url?.endsWith('/CONTRIBUTING.md') === true)).toBe(true);
		for (const link of links) {
			expect(link.name?.trim()).toBeTruthy();
			expect(link.about?.trim()).toBeTruthy();
			expect(link.url).toMatch(/^https:\/\//);
		}
	});
});

describe('pull-request template', () => {
	const templatePath = join(githubDir, 'pull_request_template.md');
	const template = existsSync(templatePath) ? readFileSync(templatePath, 'utf8') : '';

	test('is a checklist that asks for `npm run check`, terms from /taxonomy/ and a local preview', () => {
		expect(template.match(/^- \[ \] /gm)?.length ?? 0).toBeGreaterThanOrEqual(5);
		expect(template).toContain('`npm run check`');
		expect(template).toContain('/taxonomy/');
		expect(template).toMatch(/preview/i);
	});
});
