/** Each chapter, with every section and article in order, as one Markdown file to download. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { chapterMarkdown } from '../../../lib/articles/markdown-export';
import { loadAtlas } from '../../../astro/atlas';

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  return [...atlas.chapters.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chapter = (await loadAtlas()).chapters.get(params.id!);
  if (!chapter) return new Response('Not found', { status: 404 });
  const sections = await Promise.all(
    chapter.sections.map(async (section) => ({
      ...section.data,
      articles: await Promise.all(
        section.articles.map(async (a) => ({ ...a.data, body: (await getEntry('articles', a.id))?.body ?? '' })),
      ),
    })),
  );
  return new Response(chapterMarkdown(chapter.data, sections), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
};
