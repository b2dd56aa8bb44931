/** Each article as a Markdown file to download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { articleMarkdown } from '../../../lib/articles/markdown-export';
import { loadAtlas } from '../../../astro/atlas';

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  return [...atlas.articles.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const entry = await getEntry('articles', params.id!);
  if (!entry) return new Response('Not found', { status: 404 });
  return new Response(articleMarkdown({ ...entry.data, body: entry.body ?? '' }), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
