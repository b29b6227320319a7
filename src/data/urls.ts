/** Absolute and site-relative URLs of the site's pages, from the configured base and site. */
import { joinBase } from '../lib/paths';

const base = import.meta.env.BASE_URL;

/** A site-relative path with the base, e.g. `/atlas/papers/x/`. */
export const sitePath = (path: string) => joinBase(base, path);

/** An absolute URL on the deployed site. */
export const absoluteUrl = (path: string, site: URL | undefined) => new URL(sitePath(path), site).href;

/** The absolute URL of a paper page. */
export const paperUrl = (slug: string, site: URL | undefined) => absoluteUrl(`papers/${slug}/`, site);
