/** search-places.json: the chapters, sections and worksheets by name and number, loaded by search on first use. */
import type { APIRoute } from 'astro';
import { searchPlaces } from '../lib/search/place-list';
import { loadAtlas } from '../astro/atlas';
import { href } from '../astro/href';

/** Writes the places at build time (a static file in the built site). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchPlaces(await loadAtlas(), href)), { headers: { 'Content-Type': 'application/json' } });
