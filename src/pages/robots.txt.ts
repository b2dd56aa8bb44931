/** robots.txt: crawlers are welcome and pointed at the sitemap (with ATLAS_SITE), or asked to stay out (ATLAS_NOINDEX=1). */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site/share';
import { share } from '../astro/share';
import { base } from 'astro:config/client';

/** Writes the file at build time. */
export const GET: APIRoute = () =>
  new Response(robotsTxt(share, base), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
