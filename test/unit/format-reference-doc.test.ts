import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { describeSchema } from '../../src/cli/describe-schema';
import { readSchemaDocs } from '../../src/cli/read-schema-docs';
import { FORMAT_REFERENCE_FILE, renderFormatReference } from '../../src/cli/write-format-reference';
import { repoRoot } from '../helpers/paths';

const generated = renderFormatReference();
/** The row of a field in the generated reference, by its path. */
const row = (path: string) => generated.split('\n').find((line) => line.startsWith(`| \`${path}\` |`));

describe('the format reference (docs/format-reference.md)', () => {
	test('the committed file is what `npm run format-reference` writes from the schemas now', () => {
		const committed = readFileSync(join(repoRoot, FORMAT_REFERENCE_FILE), 'utf8');
		// On failure: run `npm run format-reference` and commit docs/format-reference.md.
		expect(committed).toBe(generated);
	});

	test('it documents every file format, with the newest fields of notes and benchmarks and their JSDoc', () => {
		for (const heading of [
			'## `survey.yaml`',
			'## Facets: `taxonomy/<facet>.yaml`',
			'## Notes: `content/papers/<slug>.mdx`',
			'## Chapters: `content/chapters/<slug>.mdx`',
			'## Benchmarks: `content/benchmarks/<id>.yaml`',
		])
			expect(generated).toContain(heading);
		for (const field of ['protocol', 'inputs', 'quote', 'url', 'version', 'unranked', 'reproduced_by'])
			expect(row(`results[].${field}`), field).toBeDefined();
		for (const field of ['value', 'quote', 'url', 'version'])
			expect(row(`attributes.<attribute>.${field}`), field).toBeDefined();
		expect(row('landmark')).toContain('shown on its page, and what `<Count of="landmarks" />` counts');
		expect(row('protocols[].definition')).toContain('One sentence saying what the protocol fixes');
		expect(row('inputs[].id')).toBeDefined();
		expect(row('terms[].boundary')).toContain('Where this term ends and its nearest neighbour begins');
		expect(row('scope')).toContain('The tagging rule');
		expect(row('notes.require_reasons')).toBe(
			'| `notes.require_reasons` | `true` or `false` | optional | `false` | Every term a note assigns needs a one-line `reasons` entry; a term without one is an error. Defaults to false. |',
		);
		// A field's JSDoc comes from its own schema: an attribute's url is where its value was read, not a source's.
		expect(row('attributes.<attribute>.url')).toContain('The page the value was read on.');
		expect(row('date')).toContain('date: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` | required |');
		expect(row('order')).toContain('| integer > 0 | required |');
	});
});

describe('describeSchema', () => {
	test('gives each field its type, whether it is required, its default and the JSDoc written above it', () => {
		const source = `
/** A toy. */
export const ToySchema = z.strictObject({
	/** How many wheels. */
	wheels: z.number().int().min(0).default(4),
	/** Its colours. */
	colours: z.array(z.enum(['red', 'blue'])).optional(),
	/** The box it came in. */
	box: z.strictObject({
		/** Printed on the lid. */
		label: z.string().max(40),
	}),
});`;
		const ToySchema = z.strictObject({
			wheels: z.number().int().min(0).default(4),
			colours: z.array(z.enum(['red', 'blue'])).optional(),
			box: z.strictObject({ label: z.string().max(40) }),
		});
		const lexicon = {
			docs: readSchemaDocs(source),
			names: new Map<unknown, string>([[ToySchema, 'ToySchema']]),
			typeNames: {},
			keyNames: {},
		};
		expect(lexicon.docs.get('ToySchema')?.doc).toBe('A toy.');
		expect(describeSchema(ToySchema, 'ToySchema', lexicon)).toEqual([
			{
				path: 'wheels',
				type: 'integer ≥ 0',
				required: false,
				fallback: '`4`',
				description: 'How many wheels.',
			},
			{
				path: 'colours',
				type: 'list of one of `red`, `blue`',
				required: false,
				fallback: undefined,
				description: 'Its colours.',
			},
			{
				path: 'box',
				type: 'object',
				required: true,
				fallback: undefined,
				description: 'The box it came in.',
			},
			{
				path: 'box.label',
				type: 'text (at most 40 characters)',
				required: true,
				fallback: undefined,
				description: 'Printed on the lid.',
			},
		]);
	});
});
