import { attributeProblems, resultProblems, type LocatedProblem } from '../../errors/catalogue.ts';
import type { PaperData } from '../../schemas/paper.ts';
import type { Attribute } from '../../schemas/survey-config.ts';
import { suggestClosest } from '../../lib/text/suggest-closest.ts';
import { quoteStatesNumber } from './quote-states-number.ts';

/** Checks what the config schema cannot see: enum attributes without values, values on other types, duplicates. */
export function checkAttributeDeclarations(attributes: readonly Attribute[]): LocatedProblem[] {
	const seen = new Set<string>();
	return attributes.flatMap((attribute, index): LocatedProblem[] => {
		const found: LocatedProblem[] = [];
		if (seen.has(attribute.id))
			found.push({
				problem: attributeProblems.duplicateAttribute(attribute.id),
				path: ['attributes', index, 'id'],
			});
		seen.add(attribute.id);
		if (attribute.type === 'enum' && (attribute.values?.length ?? 0) === 0)
			found.push({
				problem: attributeProblems.enumWithoutValues(attribute.id),
				path: ['attributes', index, 'type'],
			});
		if (attribute.type !== 'enum' && attribute.values !== undefined)
			found.push({
				problem: attributeProblems.valuesWithoutEnum(attribute.id, attribute.type),
				path: ['attributes', index, 'values'],
			});
		return found;
	});
}

/** Whether a value fits an attribute's declared type (enum membership included). */
export function fitsAttributeType(attribute: Attribute, value: unknown): boolean {
	switch (attribute.type) {
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'integer':
			return typeof value === 'number' && Number.isInteger(value);
		case 'boolean':
			return typeof value === 'boolean';
		case 'text':
			return typeof value === 'string';
		case 'enum':
			return typeof value === 'string' && (attribute.values ?? []).includes(value);
	}
}

/**
 * Checks a note's `attributes` against the survey's declarations: known ids, right types, enum values; and that every
 * number carries a quote that states it.
 */
export function checkPaperAttributes(
	{ attributes: values, attribute_evidence: evidence }: Pick<PaperData, 'attributes' | 'attribute_evidence'>,
	attributes: readonly Attribute[],
): LocatedProblem[] {
	const byId = new Map(attributes.map((attribute) => [attribute.id, attribute]));
	return Object.entries(values).flatMap(([id, value]): LocatedProblem[] => {
		const path = ['attributes', id];
		const attribute = byId.get(id);
		if (!attribute)
			return [
				{
					problem: attributeProblems.unknownAttribute(
						id,
						suggestClosest(id, attributes),
						attributes.map((entry) => entry.id),
					),
					path,
				},
			];
		if (fitsAttributeType(attribute, value)) return checkAttributeEvidence(id, value, evidence[id]);
		if (attribute.type === 'enum' && typeof value === 'string') {
			const allowed = attribute.values ?? [];
			return [
				{
					problem: attributeProblems.valueOutsideEnum(
						id,
						value,
						suggestClosest(
							value,
							allowed.map((entry) => ({ id: entry })),
						),
						allowed,
					),
					path,
				},
			];
		}
		return [
			{ problem: attributeProblems.wrongAttributeType(id, attribute.type, value, attribute.unit), path },
		];
	});
}

function checkAttributeEvidence(
	id: string,
	value: PaperData['attributes'][string],
	evidence: PaperData['attribute_evidence'][string] | undefined,
): LocatedProblem[] {
	if (typeof value !== 'number') return [];
	if (!evidence)
		return [{ problem: attributeProblems.numberWithoutEvidence(id, value), path: ['attributes', id] }];
	if (quoteStatesNumber(evidence.quote, value)) return [];
	return [
		{
			problem: resultProblems.numberNotInQuote(`The attribute "${id}"`, value, evidence.quote),
			path: ['attributes', id, 'quote'],
		},
	];
}
