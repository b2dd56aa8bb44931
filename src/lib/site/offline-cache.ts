/**
 * Names shared by the service worker build (scripts/build-service-worker.mjs) and the page
 * scripts, so both open the same caches. A base in the name keeps two builds on one origin
 * (for example `/` and `/atlas/`) apart. No imports: Node loads this file as it is.
 */

/** "/atlas" and "/atlas/" name the same site. */
const slashed = (base: string): string => base.replace(/\/?$/, '/');
/** The cache of pages kept as they are visited, or with "Keep this chapter offline". */
export const pagesCacheName = (base: string): string => `customer-atlas-pages:${slashed(base)}`;
/** The cache of hashed assets not in the precache (kept for good: their names change with their content). */
export const assetsCacheName = (base: string): string => `customer-atlas-assets:${slashed(base)}`;
/** The cache of search index files not in the precache. */
export const searchCacheName = (base: string): string => `customer-atlas-search:${slashed(base)}`;
