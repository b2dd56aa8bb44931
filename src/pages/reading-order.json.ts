/** reading-order.json: every article in reading order, fetched by home's "continue where you left off" slot. */
import type { APIRoute } from 'astro';
import { readingOrder } from '../lib/atlas/reading-order';
import { loadAtlas } from '../astro/atlas';

/** Writes the list at build time (a static file in the built site). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(readingOrder(await loadAtlas())), { headers: { 'Content-Type': 'application/json' } });
