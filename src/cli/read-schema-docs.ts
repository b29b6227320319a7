import ts from 'typescript';

/** The JSDoc of one exported schema constant and of the fields written in its initializer. */
export interface SchemaDocs {
	/** The comment above `export const <Name> = …`, on one line; empty when there is none. */
	doc: string;
	/** Field name → the comment above that field's property, on one line, for every object literal in the initializer. */
	fields: Map<string, string>;
	/** Other schemas (`…Schema` identifiers) the initializer uses: where a field's comment is looked for next. */
	uses: string[];
}

/** A comment's text on one line, as the reference prints it. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The JSDoc text directly above `node` (the last block, when two are stacked). */
function jsDocText(node: ts.Node): string {
	const blocks = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
	const comment = blocks.at(-1)?.comment;
	return comment === undefined ? '' : oneLine(ts.getTextOfJSDocComment(comment) ?? '');
}

/**
 * Reads the JSDoc of every `const <Name>Schema = …` in a schema module's source, with the JSDoc of the fields its
 * object literals declare: the one place the format's prose is written, read here so the format reference cannot
 * drift from it.
 */
export function readSchemaDocs(source: string, fileName = 'schema.ts'): Map<string, SchemaDocs> {
	const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
	const schemas = new Map<string, SchemaDocs>();
	for (const statement of file.statements) {
		if (!ts.isVariableStatement(statement)) continue;
		for (const declaration of statement.declarationList.declarations) {
			if (!ts.isIdentifier(declaration.name) || !declaration.initializer) continue;
			const fields = new Map<string, string>();
			const uses = new Set<string>();
			const visit = (node: ts.Node) => {
				if (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
					const text = jsDocText(node);
					if (text && !fields.has(node.name.text)) fields.set(node.name.text, text);
				}
				if (ts.isIdentifier(node) && /.Schema$/.test(node.text)) uses.add(node.text);
				ts.forEachChild(node, visit);
			};
			visit(declaration.initializer);
			schemas.set(declaration.name.text, { doc: jsDocText(statement), fields, uses: [...uses] });
		}
	}
	return schemas;
}
