import type { z } from 'astro/zod';
import { KEBAB_ID } from '../schemas/ids.ts';
import type { SchemaDocs } from './read-schema-docs.ts';

/** One row of the format reference: a field, written as its path in the file. */
export interface FieldRow {
	/** `results[].protocol`, `attributes.<attribute>.quote`: `[]` marks each item of a list, `<…>` a key of a map. */
	path: string;
	/** The value's type in words, e.g. "list of kebab-case ids" or "integer ≥ 0". */
	type: string;
	required: boolean;
	/** The value used when the field is left out, as YAML would write it; undefined when there is none. */
	fallback: string | undefined;
	/** The field's JSDoc, then (for an object or a list of objects) the JSDoc of the named schema of its value. */
	description: string;
}

/** What {@link describeSchema} knows beyond the schema objects. */
export interface SchemaLexicon {
	/** Export name → its JSDoc, read from the schema sources. */
	docs: Map<string, SchemaDocs>;
	/** Schema object → its export name, to find the JSDoc of a schema used inside another. */
	names: Map<unknown, string>;
	/** Export name → its type in words, for schemas whose checks say more than their base type (dates, versions). */
	typeNames: Record<string, string>;
	/** Path of a map field → the names of its keys, outer map first, e.g. `reasons` → `['facet', 'term']`; `key` otherwise. */
	keyNames: Record<string, string[]>;
}

/** The fields of Zod's internal definition this module reads; Zod 4 keeps them on `schema._zod.def`. */
interface Def {
	type: string;
	innerType?: ZodLike;
	defaultValue?: unknown;
	in?: ZodLike;
	out?: ZodLike;
	shape?: Record<string, ZodLike>;
	element?: ZodLike;
	keyType?: ZodLike;
	valueType?: ZodLike;
	options?: ZodLike[];
	entries?: Record<string, string>;
	values?: unknown[];
	format?: string;
	checks?: ZodLike[];
}
interface ZodLike {
	_zod: { def: Def };
}

const defOf = (schema: ZodLike) => schema._zod.def;

/** The schema inside one wrapper (optional, default, nullable, preprocess or transform), or undefined for none. */
function unwrapOnce(schema: ZodLike): ZodLike | undefined {
	const def = defOf(schema);
	if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable') && def.innerType)
		return def.innerType;
	// `z.preprocess(f, s)` is pipe(transform, s); `s.transform(f)` is pipe(s, transform): keep the schema side.
	if (def.type === 'pipe' && def.in && def.out) return defOf(def.in).type === 'transform' ? def.out : def.in;
	return undefined;
}

/** A schema without the wrappers that only say it may be left out, has a default, or is first preprocessed. */
function unwrap(schema: ZodLike): {
	inner: ZodLike;
	optional: boolean;
	fallback?: unknown;
	hasFallback: boolean;
} {
	let inner = schema;
	let optional = false;
	let fallback: unknown;
	let hasFallback = false;
	for (let next = unwrapOnce(inner); next; next = unwrapOnce(inner)) {
		const def = defOf(inner);
		if (def.type === 'optional') optional = true;
		if (def.type === 'default') {
			optional = true;
			hasFallback = true;
			fallback = def.defaultValue;
		}
		inner = next;
	}
	return { inner, optional, fallback, hasFallback };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** A default value as a contributor would write it in YAML. */
function formatFallback(value: unknown): string {
	if (isPlainObject(value)) return Object.keys(value).length === 0 ? '`{}`' : "each field's default";
	if (Array.isArray(value)) return value.length === 0 ? '`[]`' : `\`${JSON.stringify(value)}\``;
	if (typeof value === 'string') return value === '' ? 'empty' : `\`${value}\``;
	return `\`${String(value)}\``;
}

const quoteAll = (values: unknown[]) => values.map((value) => `\`${String(value)}\``).join(', ');

/** The definition of one check (`.min(1)`, `.regex(…)`, `.int()`) as Zod 4 stores it. */
interface CheckDef {
	check: string;
	format?: string;
	pattern?: RegExp;
	value?: number;
	inclusive?: boolean;
	maximum?: number;
}

/** A string or number type with its bounds, in words. */
function describeScalar(schema: ZodLike): string {
	const def = defOf(schema);
	const checks = (def.checks ?? []).map((check) => check._zod.def as unknown as CheckDef);
	if (def.type === 'string') {
		if (def.format === 'url') return 'URL (http or https)';
		const patterns = checks.flatMap((check) => (check.pattern ? [check.pattern] : []));
		if (patterns.some((pattern) => pattern.source === KEBAB_ID.source)) return 'kebab-case id';
		if (patterns.length > 0)
			return `text matching \`${patterns.map((pattern) => pattern.source).join('` and `')}\``;
		const max = checks.find((check) => check.check === 'max_length')?.maximum;
		return max === undefined ? 'text' : `text (at most ${max} characters)`;
	}
	const noun = checks.some((check) => check.format === 'safeint') ? 'integer' : 'number';
	const bound = (name: string, inclusive: string, exclusive: string) => {
		const check = checks.find((candidate) => candidate.check === name);
		return check?.value === undefined ? '' : `${check.inclusive ? inclusive : exclusive} ${check.value}`;
	};
	return [noun, bound('greater_than', '≥', '>'), bound('less_than', '≤', '<')]
		.filter(Boolean)
		.join(' ')
		.replace(/(≥ \S+) ≤/, '$1 and ≤');
}

/** The type of `schema` in words; objects are "object" (their fields get rows of their own). */
function describeType(schema: ZodLike, lexicon: SchemaLexicon, keys: string[]): string {
	for (let current: ZodLike | undefined = schema; current; current = unwrapOnce(current)) {
		const typeName = lexicon.typeNames[lexicon.names.get(current) ?? ''];
		if (typeName) return typeName;
	}
	const { inner } = unwrap(schema);
	const def = defOf(inner);
	switch (def.type) {
		case 'string':
		case 'number':
			return describeScalar(inner);
		case 'boolean':
			return '`true` or `false`';
		case 'enum':
			return `one of ${quoteAll(Object.values(def.entries ?? {}))}`;
		case 'literal':
			return quoteAll(def.values ?? []);
		case 'object':
			return 'object';
		case 'array':
			return `list of ${pluralise(describeType(def.element!, lexicon, keys))}`;
		case 'record':
			return `map of \`<${keys[0] ?? 'key'}>\` to ${describeType(def.valueType!, lexicon, keys.slice(1))}`;
		case 'union':
			return [...new Set((def.options ?? []).map((option) => describeType(option, lexicon, keys)))].join(
				', or ',
			);
		default:
			return def.type;
	}
}

/** "list of kebab-case ids", "list of objects", "list of text": plural where English has one. */
function pluralise(type: string): string {
	if (type === 'object') return 'objects';
	if (type === 'kebab-case id') return 'kebab-case ids';
	return type;
}

/** The JSDoc of `field` in the schema named `owner`, else in a schema that one uses. */
function fieldDoc(lexicon: SchemaLexicon, owner: string | undefined, field: string): string {
	if (owner === undefined) return '';
	const docs = lexicon.docs.get(owner);
	if (!docs) return '';
	const own = docs.fields.get(field);
	if (own) return own;
	for (const used of docs.uses) {
		const text = lexicon.docs.get(used)?.fields.get(field);
		if (text) return text;
	}
	return '';
}

/** An object schema found inside a field, with its path suffix and the nearest named schema around it. */
interface NestedObject {
	object: ZodLike;
	/** `[]` per list, `.<key>` per map, between the field's path and the object's fields. */
	suffix: string;
	/** The schema whose JSDoc documents the object's fields: its own name, else the nearest named one around it. */
	owner: string | undefined;
}

/** The object schemas `schema` holds, directly, as list items, map values or union members. */
function nestedObjects(
	schema: ZodLike,
	keys: string[],
	lexicon: SchemaLexicon,
	around: string | undefined,
): NestedObject[] {
	const { inner } = unwrap(schema);
	const owner = lexicon.names.get(inner) ?? around;
	const def = defOf(inner);
	const within = (nested: NestedObject[], step: string) =>
		nested.map((found) => ({ ...found, suffix: `${step}${found.suffix}` }));
	switch (def.type) {
		case 'object':
			return [{ object: inner, suffix: '', owner }];
		case 'array':
			return within(nestedObjects(def.element!, keys, lexicon, owner), '[]');
		case 'record':
			return within(nestedObjects(def.valueType!, keys.slice(1), lexicon, owner), `.<${keys[0] ?? 'key'}>`);
		case 'union':
			return (def.options ?? []).flatMap((option) => nestedObjects(option, keys, lexicon, owner));
		default:
			return [];
	}
}

/**
 * Lists every field of an object schema, nested fields included, as rows of the format reference: names, types,
 * required or optional, defaults, and the JSDoc the schema sources give each field. `owner` names the schema, to find
 * its JSDoc.
 */
export function describeSchema(
	schema: z.ZodType,
	owner: string,
	lexicon: SchemaLexicon,
	prefix = '',
): FieldRow[] {
	const { inner } = unwrap(schema as unknown as ZodLike);
	const shape = defOf(inner).shape ?? {};
	return Object.entries(shape).flatMap(([field, fieldSchema]) => {
		const path = `${prefix}${field}`;
		const keys = lexicon.keyNames[path] ?? [];
		const { optional, fallback, hasFallback } = unwrap(fieldSchema);
		const objects = nestedObjects(fieldSchema, keys, lexicon, undefined);
		// The named schema of a nested object says what each item is: "One number a paper reports on a benchmark…".
		const objectDocs = objects
			.map(({ object }) => lexicon.names.get(object))
			.map((name) => (name ? (lexicon.docs.get(name)?.doc ?? '') : ''))
			.filter(Boolean);
		const row: FieldRow = {
			path,
			type: describeType(fieldSchema, lexicon, keys),
			required: !optional,
			fallback: hasFallback ? formatFallback(fallback) : undefined,
			description: [fieldDoc(lexicon, owner, field), ...objectDocs].filter(Boolean).join(' '),
		};
		const nested = objects.flatMap(({ object, suffix, owner: objectOwner }) =>
			describeSchema(object as unknown as z.ZodType, objectOwner ?? owner, lexicon, `${path}${suffix}.`),
		);
		return [row, ...nested];
	});
}
