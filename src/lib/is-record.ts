/** Whether a parsed value (YAML, JSON, XML) is a plain object whose fields can be read by name. */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
