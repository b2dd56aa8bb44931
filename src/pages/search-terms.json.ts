/** search-terms.json: the glossary's terms, aliases and short definitions, loaded by search on first use. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { searchTerms } from '../lib/search/terms';
import { loadAtlas } from '../astro/atlas';
import { href } from '../astro/href';

/** Writes the definitions at build time (a static file in the built site). */
export const GET: APIRoute = async () => {
  const [atlas, glossary] = await Promise.all([loadAtlas(), getCollection('glossary')]);
  return new Response(JSON.stringify(searchTerms(glossary, atlas.articles, href)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
