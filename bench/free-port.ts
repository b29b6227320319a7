import { createServer } from 'node:net';

/** A TCP port on loopback that nothing listens on now, for a dev server started next (the bench's and the tests'). */
export const freePort = () =>
	new Promise<number>((resolve) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => resolve(port));
		});
	});
