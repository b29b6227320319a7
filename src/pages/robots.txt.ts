import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/urls';

/** Allows every crawler and points them to the sitemap. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('sitemap-index.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
