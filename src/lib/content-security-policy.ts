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

/**
 * The policy `npm run dev` serves instead: the same, except what Vite's development server needs to work. In
 * development Vite injects every stylesheet as an inline `<style>` (so `style-src 'self'` left the page unstyled) and
 * styles its error overlay inline in a shadow root; Astro's dev toolbar and HMR client add inline scripts and a
 * WebSocket. The built site never carries this policy: `import.meta.env.DEV` is false in every build.
 */
export const DEV_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.replace(
	"script-src 'self'",
	"script-src 'self' 'unsafe-inline'",
)
	.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
	.replace("connect-src 'self'", "connect-src 'self' ws: wss:");

/** The policy of a page: the strict one for the built site, the development one under `npm run dev`. */
export function getContentSecurityPolicy(dev: boolean): string {
	return dev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
}
