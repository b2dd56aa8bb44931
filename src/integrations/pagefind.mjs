// @ts-check
/** Astro integration that indexes the built site with Pagefind's Node API (filled in by the search work). */
export function pagefindIntegration() {
  return { name: 'customer-atlas-pagefind', hooks: {} };
}
