import type { AttributeValue } from '../schemas/paper';
import type { Attribute } from '../schemas/survey-config';

/**
 * Turns an enum value id into words for readers.
 *
 * @example formatEnumValue('flow-matching') // 'flow matching'
 */
export function formatEnumValue(value: string): string {
	return value.replace(/-/g, ' ');
}

/**
 * Formats an attribute value for readers, with its unit; numbers keep the precision they were written with.
 *
 * @example formatAttributeValue({ type: 'number', unit: 'Hz' }, 50) // '50 Hz'
 */
export function formatAttributeValue(
	attribute: Pick<Attribute, 'type' | 'unit'>,
	value: AttributeValue,
): string {
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'number') {
		const text = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
		return attribute.unit ? `${text} ${attribute.unit}` : text;
	}
	return attribute.type === 'enum' ? formatEnumValue(value) : value;
}

/** A paper's filled-in attributes in the survey's declared order, formatted. */
export function listPaperAttributes(
	attributes: readonly Attribute[],
	values: Readonly<Record<string, AttributeValue>>,
): { attribute: Attribute; value: AttributeValue; text: string }[] {
	return attributes.flatMap((attribute) => {
		const value = values[attribute.id];
		return value === undefined ? [] : [{ attribute, value, text: formatAttributeValue(attribute, value) }];
	});
}
