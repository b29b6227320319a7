import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/cli/check';
import { buildSurvey, type BuildResult } from '../helpers/build-survey';
import { fixture } from '../helpers/paths';

// cogact.mdx names OpenVLA by arXiv id as an outside paper; openvla.mdx was added afterwards and nothing else changed.
const root = fixture('paper-added');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('adding a paper that other notes already named by its arXiv id', () => {
	let build: BuildResult;
	beforeAll(async () => {
		build = await buildSurvey(root, 'paper-added');
	});

	test('check passes, with a warning on the older note suggesting the slug', async () => {
		let output = '';
		const code = await runCheck({
			argv: [],
			env: { ATLAS_SURVEY: root },
			stdout: { write: (t) => (output += t) },
		});
		expect(code).toBe(0);
		expect(output).toContain(
			'content/papers/cogact.mdx:13:5: warning: The relation names arXiv 2406.09246 as an outside paper; that paper is now in the survey as "openvla", so the relation is read as pointing to it. (relation-use-slug)\n  hint: Both pages already show the relation. To say so plainly, write "paper: openvla" instead of "arxiv:" and "name:".',
		);
		expect(output).toContain('0 errors, 1 warning');
	});

	test('the build resolves the relation to the paper and both pages show it', () => {
		expect(build.code, build.stdout + build.stderr).toBe(0);
		const read = (path: string) => text(readFileSync(join(build.outDir, path), 'utf8'));
		const cogact = readFileSync(join(build.outDir, 'papers/cogact/index.html'), 'utf8');
		expect(cogact).toContain('<a href="/papers/openvla/">OpenVLA</a>');
		expect(text(cogact)).not.toContain('OpenVLA (outside the survey)');
		expect(read('papers/openvla/index.html')).toContain('CogACT compares with this paper');
		expect(read('lineage/index.html')).toContain('CogACT compares with OpenVLA');
		expect(read('lineage/index.html')).not.toContain('OpenVLA (outside the survey)');
	});

	test('a paper note can embed a component, as chapters do', () => {
		expect(build.code).toBe(0);
		const html = readFileSync(join(build.outDir, 'papers/openvla/index.html'), 'utf8');
		expect(text(html)).toMatch(/Papers tagged Learning \(Method\): 2/);
	});
});
