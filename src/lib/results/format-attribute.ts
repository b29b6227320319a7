// Structural types rather than the schemas' own: this file is shipped to the browser by the table's script.
/** An attribute's value as a note gives it. */
type Value = string | number | boolean;
/** What formatting needs to know of an attribute declaration. */
interface Declared {
	id: string;
	type: string;
	unit?: string | undefined;
}

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
export function formatAttributeValue(attribute: Omit<Declared, 'id'>, value: Value): string {
	if (typeof value === 'boolean') return value ? 'yes' : 'no';
	if (typeof value === 'number') {
		const text = value.toLocaleString('en-US', { maximumFractionDigits: 6 });
		return attribute.unit ? `${text} ${attribute.unit}` : text;
	}
	return attribute.type === 'enum' ? formatEnumValue(value) : value;
}

/** A paper's filled-in attributes in the survey's declared order, formatted. */
export function listPaperAttributes<A extends Declared>(
	attributes: readonly A[],
	values: Readonly<Record<string, Value>>,
): { attribute: A; value: Value; text: string }[] {
	return attributes.flatMap((attribute) => {
		const value = values[attribute.id];
		return value === undefined ? [] : [{ attribute, value, text: formatAttributeValue(attribute, value) }];
	});
}
