import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../helpers/paths';

/** The parts of a GitHub Actions workflow these tests look at. */
interface Step {
	name?: string;
	id?: string;
	uses?: string;
	run?: string;
	with?: Record<string, unknown>;
}
interface Job {
	'runs-on'?: string;
	needs?: string | string[];
	environment?: { name?: string; url?: string };
	steps?: Step[];
}
interface Workflow {
	on?: Record<string, unknown>;
	permissions?: Record<string, string>;
	env?: Record<string, unknown>;
	concurrency?: { group?: string };
	jobs?: Record<string, Job>;
}

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

const pr = readYaml('workflows', 'pr.yml') as Workflow;
const deploy = readYaml('workflows', 'deploy.yml') as Workflow;

/** Every step of every job, in order. */
function stepsOf(workflow: Workflow): Step[] {
	return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []);
}

/** The single commands a step runs: its `run` split at new lines, `&&` and `;`. */
function commandsOf(step: Step): string[] {
	return (step.run ?? '')
		.split(/\r?\n|&&|;/)
		.map((command) => command.trim())
		.filter((command) => command.length > 0);
}

/** The index of the first step that runs exactly this command, or -1. */
function indexOfCommand(steps: Step[], command: string): number {
	return steps.findIndex((step) => commandsOf(step).includes(command));
}

/** The steps that use an action, whatever its version. */
function stepsUsing(steps: Step[], action: string): Step[] {
	return steps.filter((step) => step.uses?.startsWith(`${action}@`) === true);
}

/** A path in a workflow, without a leading `./` or trailing `/`. */
function normalisePath(value: unknown): string {
	return String(value).replace(/^\.\//, '').replace(/\/+$/, '');
}

describe('pull-request workflow', () => {
	const steps = stepsOf(pr);

	test('runs on pull requests with read-only permissions and no telemetry', () => {
		expect(Object.keys(pr.on ?? {})).toContain('pull_request');
		expect(pr.permissions).toEqual({ contents: 'read' });
		expect(String(pr.env?.['ASTRO_TELEMETRY_DISABLED'])).toBe('1');
		for (const job of Object.values(pr.jobs ?? {})) expect(job['runs-on']).toBe('ubuntu-latest');
	});

	test('checks out the whole history and sets up Node 22 with the npm cache', () => {
		const [checkout] = stepsUsing(steps, 'actions/checkout');
		expect(checkout?.with?.['fetch-depth']).toBe(0);
		const [node] = stepsUsing(steps, 'actions/setup-node');
		expect(String(node?.with?.['node-version'])).toBe('22');
		expect(node?.with?.['cache']).toBe('npm');
	});

	test('installs Chromium for the browser tests before running them', () => {
		const chromium = steps.findIndex((step) =>
			commandsOf(step).some((command) => /apt-get install -y chromium$/.test(command)),
		);
		expect(chromium).toBeGreaterThanOrEqual(0);
		expect(chromium).toBeLessThan(indexOfCommand(steps, 'npm test'));
	});

	test('installs, validates, checks formatting, lints, type-checks, tests and builds, in that order', () => {
		const order = [
			'npm ci',
			'npm run check',
			'npm run format:check',
			'npm run lint',
			'npm run typecheck',
			'npm test',
			'npm run build',
		].map((command) => indexOfCommand(steps, command));
		for (const index of order) expect(index).toBeGreaterThanOrEqual(0);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	test('checks the links of notes changed since the base branch', () => {
		const links = indexOfCommand(steps, 'npm run check -- --links --since origin/${{ github.base_ref }}');
		expect(links).toBeGreaterThan(indexOfCommand(steps, 'npm ci'));
	});

	test('uploads the built site as an artifact after building it', () => {
		const uploads = stepsUsing(steps, 'actions/upload-artifact');
		expect(uploads).toHaveLength(1);
		const [upload] = uploads;
		expect(normalisePath(upload?.with?.['path'])).toBe('dist');
		expect(upload?.with?.['name']).toBe('site');
		expect(steps.indexOf(upload!)).toBeGreaterThan(indexOfCommand(steps, 'npm run build'));
	});
});

describe('deploy workflow', () => {
	const build = deploy.jobs?.['build'];
	const buildSteps = build?.steps ?? [];
	const deployJob = deploy.jobs?.['deploy'];

	test('runs on pushes to main and by hand', () => {
		const push = deploy.on?.['push'] as { branches?: string[] } | undefined;
		expect(push?.branches).toContain('main');
		expect(Object.keys(deploy.on ?? {})).toContain('workflow_dispatch');
	});

	test('may write to Pages with an OIDC token, one deployment at a time', () => {
		expect(deploy.permissions).toMatchObject({ contents: 'read', pages: 'write', 'id-token': 'write' });
		expect(deploy.concurrency?.group).toBe('pages');
	});

	test('builds with Node 22 and uploads dist/ as the Pages artifact', () => {
		const [node] = stepsUsing(buildSteps, 'actions/setup-node');
		expect(String(node?.with?.['node-version'])).toBe('22');
		expect(node?.with?.['cache']).toBe('npm');
		expect(stepsUsing(buildSteps, 'actions/checkout')).toHaveLength(1);
		expect(stepsUsing(buildSteps, 'actions/configure-pages')).toHaveLength(1);
		const installed = indexOfCommand(buildSteps, 'npm ci');
		const built = indexOfCommand(buildSteps, 'npm run build');
		expect(installed).toBeGreaterThanOrEqual(0);
		expect(built).toBeGreaterThan(installed);
		const [upload] = stepsUsing(buildSteps, 'actions/upload-pages-artifact');
		expect(upload).toBeDefined();
		expect(normalisePath(upload?.with?.['path'])).toBe('dist');
		expect(buildSteps.indexOf(upload!)).toBeGreaterThan(built);
	});

	test('deploys after the build to the github-pages environment, linking the deployed URL', () => {
		expect([deployJob?.needs].flat()).toContain('build');
		const [deployStep] = stepsUsing(deployJob?.steps ?? [], 'actions/deploy-pages');
		expect(deployStep?.id).toBeTruthy();
		expect(deployJob?.environment?.name).toBe('github-pages');
		expect(deployJob?.environment?.url).toBe(`\${{ steps.${deployStep?.id ?? ''}.outputs.page_url }}`);
	});
});

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

describe('deploy workflow and the PDF', () => {
	test('prints the PDF after building, so it is published beside the site', () => {
		const names = (deploy.jobs?.['build']?.steps ?? []).map((step) => step.run ?? '');
		const build = names.findIndex((run) => run.includes('npm run build'));
		const pdf = names.findIndex((run) => run.includes('npm run pdf'));
		expect(build).toBeGreaterThanOrEqual(0);
		expect(pdf).toBeGreaterThan(build);
	});
});

describe('release workflow', () => {
	const release = readYaml('workflows', 'release.yml') as Workflow;
	const steps = stepsOf(release);

	test('runs when a version tag is pushed and may write releases', () => {
		expect((release.on?.['push'] as { tags?: string[] }).tags).toEqual(['v*.*.*']);
		expect(release.permissions).toEqual({ contents: 'write' });
	});

	test('attaches every file of the tagged snapshot to a GitHub Release with the CHANGELOG section as notes', () => {
		const create = steps.find((step) => step.run?.includes('gh release create'));
		expect(create?.run).toContain('--notes-file release-notes.md');
		expect(create?.run).toContain('"${{ steps.snapshot.outputs.dir }}"/*');
		expect(steps.find((step) => step.id === 'snapshot')?.run).toContain('releases/$version');
	});
});
