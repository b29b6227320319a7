import { isRunnableDevEnvironment, type EnvironmentModuleNode, type ViteDevServer } from 'vite';

/** The key that stands for a `Map` in a module's JSON: no YAML key of a survey file can hold a NUL. */
const MAP_KEY = '\u0000map';

/**
 * A Vite plugin serving each id of `modules` as a module whose source is the function's result, asked for each time
 * the module is loaded: in `npm run dev`, {@link reloadVirtualModule} makes the next request load it again.
 */
export function virtualModules(modules: Record<string, () => string>) {
	const sources = new Map(Object.entries(modules).map(([id, source]) => [`\0${id}`, source]));
	return {
		name: 'action-atlas:virtual-modules',
		resolveId: (request: string) => (sources.has(`\0${request}`) ? `\0${request}` : undefined),
		load: (request: string) => sources.get(request)?.(),
	};
}

/**
 * A module exporting `value` as the constant `name`, its maps kept as maps. The value is written as JSON text that
 * `JSON.parse` reads: V8 parses a large model faster so than as an object literal.
 */
export function exportJson(name: string, value: unknown): string {
	const json = JSON.stringify(value ?? null, (_key, inner: unknown) =>
		inner instanceof Map ? { [MAP_KEY]: [...inner] } : inner,
	);
	const key = JSON.stringify(MAP_KEY);
	return [
		`const value = JSON.parse(${JSON.stringify(json)}, (_key, inner) =>`,
		`\tinner !== null && typeof inner === 'object' && ${key} in inner ? new Map(inner[${key}]) : inner);`,
		`export const ${name} = value ?? undefined;`,
		'',
	].join('\n');
}

/**
 * Makes the dev server load the module `id` again, with what imports it, and reloads the browser: what the content
 * layer does when an entry changes. Astro keeps each route's `getStaticPaths` result until its content changes, so
 * the server environments are told the content changed (Astro's own event) to drop them too.
 */
export function reloadVirtualModule(server: ViteDevServer, id: string): void {
	const timestamp = Date.now();
	for (const environment of Object.values(server.environments)) {
		const module = environment.moduleGraph.getModuleById(`\0${id}`);
		if (!module) continue;
		const invalidated = new Set<EnvironmentModuleNode>();
		environment.moduleGraph.invalidateModule(module, invalidated, timestamp, true);
		if (isRunnableDevEnvironment(environment))
			for (const { id: invalidatedId } of invalidated) {
				const evaluated = invalidatedId && environment.runner.evaluatedModules.getModuleById(invalidatedId);
				if (evaluated) environment.runner.evaluatedModules.invalidateModule(evaluated);
			}
		environment.hot.send('astro:content-changed', {});
	}
	server.environments.client.hot.send({ type: 'full-reload', path: '*' });
}
