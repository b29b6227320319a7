import { serveSite } from '../../src/cli/serve-site';

/** Serves a built site on loopback under `base`, like a static host; returns its origin and a way to stop it. */
export const serveStatic = (root: string, base = '/') => serveSite(root, base);
