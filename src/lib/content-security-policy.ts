/**
 * The Content-Security-Policy every page carries in a `<meta http-equiv>`: only this site's own files run or style.
 * - `script-src 'self' 'wasm-unsafe-eval'`: scripts are files from this origin; Pagefind's search engine is WebAssembly.
 * - `style-src 'self'`: one stylesheet file, no inline styles.
 * - `img-src 'self' data:`: the favicon and any image shipped with the site; `data:` for small embedded icons.
 * - `connect-src 'self'`: Pagefind fetches its index from this origin; nothing else is fetched.
 * - `object-src 'none'`, `base-uri 'self'`, `form-action 'self'`: no plugins, no base hijacking, forms stay on the site.
 */
export const CONTENT_SECURITY_POLICY = [
	"default-src 'self'",
	"script-src 'self' 'wasm-unsafe-eval'",
	"style-src 'self'",
	"img-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
].join('; ');
