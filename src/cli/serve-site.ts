import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.xml': 'application/xml',
	'.bib': 'text/plain; charset=utf-8',
};

/**
 * Serves a built site on loopback under its base path, as a static host would (a missing page gets the site's
 * `404.html` with status 404); for printing it in Chromium and for the browser tests.
 */
export async function serveSite(
	root: string,
	base: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
	const server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		if (!pathname.startsWith(base)) return void response.writeHead(404).end();
		let file = normalize(join(root, pathname.slice(base.length)));
		if (!file.startsWith(normalize(root))) return void response.writeHead(403).end();
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			const notFound = join(root, '404.html');
			if (!existsSync(notFound)) return void response.writeHead(404).end();
			response.writeHead(404, { 'Content-Type': TYPES['.html']! });
			return void createReadStream(notFound).pipe(response);
		}
		response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
