import type { APIRoute } from 'astro';
import { getSurvey } from '../data/survey';
import { buildPapersJson } from '../lib/papers-json';

/** Every paper as JSON, for scripts and other tools. */
export const GET: APIRoute = async ({ site }) => {
	const { papers } = await getSurvey();
	const base = import.meta.env.BASE_URL;
	const records = buildPapersJson(papers, (slug) => new URL(`${base}papers/${slug}/`, site).href);
	return new Response(`${JSON.stringify(records, null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
