/** Each section, with all its articles, as one Markdown file to download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { sectionMarkdown } from '../../../lib/articles/markdown-export';
import { loadAtlas } from '../../../astro/atlas';

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  return [...atlas.sections.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const section = (await loadAtlas()).sections.get(params.id!);
  if (!section) return new Response('Not found', { status: 404 });
  const articles = await Promise.all(
    section.articles.map(async (a) => ({ ...a.data, body: (await getEntry('articles', a.id))?.body ?? '' })),
  );
  return new Response(sectionMarkdown(section.data, articles), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
