import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './paths';

// The Citation File Format 1.2.0 schema (JSON Schema draft-07), shipped with the tests because the network is
// closed. Source: citation-file-format.github.io/1.2.0/schema.json, as the npm package cffjs 0.0.2 (MIT) ships it.
const schema = JSON.parse(
	readFileSync(join(repoRoot, 'test', 'schemas', 'citation-file-format-1.2.0.json'), 'utf8'),
) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

/** Validates CITATION.cff text as GitHub reads it (YAML, dates kept as text); returns one line per error. */
export function listCffErrors(text: string): string[] {
	const valid = validate(parse(text));
	return valid ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
