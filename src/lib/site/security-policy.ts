/**
 * The site's Content-Security-Policy, in one place. astro.config.mjs hands it to Astro's
 * `security.csp`, which adds the hashes of the inline scripts and styles it emits and writes a
 * `<meta http-equiv="content-security-policy">` into every page; public/_headers and the README's
 * nginx block carry the part a header can carry without those hashes (tests/scripts/deploy-headers.test.ts).
 */

/**
 * Directives besides script-src and style-src, for every page. Nothing is fetched from another
 * origin; Pagefind reads its index with fetch (connect-src), the service worker is our own file.
 */
export const pageDirectives = [
  "default-src 'none'",
  "connect-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  // mailto: lets a feedback form hand its text to the reader's own mail program.
  "form-action 'self' mailto:",
] as const;

/**
 * Where scripts may come from, besides the hashes: our own files, and WebAssembly compiled by
 * Pagefind's search (every page has the header search, and a meta policy is one per page build).
 */
export const scriptResources = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Style sheets from our own files or by hash; style attributes (section hues, bar widths) inline. */
export const styleResources = ["'self'"] as const;

/** The directive a meta element cannot carry (browsers ignore it there), for headers only. */
export const headerOnlyDirectives = ["frame-ancestors 'none'"] as const;

/**
 * The policy a host sends as a header: the page directives that do not fall back to script or
 * style rules, and frame-ancestors. No default-src and no script-src: those would need the
 * per-build hashes, and a header policy is enforced together with the meta one, never instead.
 */
export const headerPolicy: string = [
  ...pageDirectives.filter((d) => !d.startsWith('default-src')),
  ...headerOnlyDirectives,
].join('; ');

/** The other security headers: no MIME sniffing, no referrer, and browser features the site never uses turned off. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': headerPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), bluetooth=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), browsing-topics=(), interest-cohort=()',
};
