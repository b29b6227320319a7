import type { APIRoute } from 'astro';
import { siteUrl } from '../lib/site-url.ts';

/** Allows every crawler and points them to the sitemap. */
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${siteUrl('sitemap-index.xml', site)}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
