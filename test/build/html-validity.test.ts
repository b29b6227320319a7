import { HtmlValidate, type Message } from 'html-validate';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { getRealSiteDir, listHtmlFiles } from '../helpers/site-files';

const validator = new HtmlValidate({
	extends: ['html-validate:recommended'],
	rules: {
		// Paper and chapter titles are the papers' own, often longer than 70 characters; cutting them would misquote them.
		'long-title': 'off',
		// The header search is a one-field form that submits on Enter (implicit submission), and the paper browser's form only filters in place; neither needs a button.
		'wcag/h32': 'off',
		// Filter checkboxes share their facet's name on purpose: the search URL repeats it, `?method=a&method=b`.
		'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit', 'button', 'reset'] }],
	},
});

let siteDir: string;
beforeAll(async () => {
	siteDir = getRealSiteDir();
});

const describeMessage = (file: string, message: Message) =>
	`${file}:${message.line}:${message.column} ${message.message} (${message.ruleId}) at ${message.selector ?? '?'}`;

describe('HTML of the built real survey', () => {
	test('every page is valid HTML by html-validate:recommended', async () => {
		const files = listHtmlFiles(siteDir);
		expect(files.length).toBeGreaterThan(50);
		const problems: string[] = [];
		for (const file of files) {
			const report = await validator.validateFile(join(siteDir, file));
			for (const result of report.results)
				problems.push(
					...result.messages
						.filter((message) => message.severity === 2)
						.map((message) => describeMessage(file, message)),
				);
		}
		expect(problems).toEqual([]);
	});

	test('the validator catches a real mistake (so a clean report means something)', async () => {
		const report = await validator.validateString(
			'<!doctype html><html lang="en"><head><title>x</title></head><body><main><p id="a">one</p><p id="a"><div>two</div></p></main></body></html>',
		);
		expect(report.valid).toBe(false);
		expect(report.results[0]?.messages.map((message) => message.ruleId)).toEqual(
			expect.arrayContaining(['no-dup-id']),
		);
	});
});
