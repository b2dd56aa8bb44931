/** Each chapter's pages as a list, for the service worker build and "Keep this chapter offline". */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chapterOfflinePages } from '../../lib/atlas/offline-pages';
import { loadAtlas } from '../../astro/atlas';

export const getStaticPaths = (async () => {
  const atlas = await loadAtlas();
  return [...atlas.chapters.keys()].map((chapter) => ({ params: { chapter } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const chapter = (await loadAtlas()).chapters.get(params.chapter!);
  if (!chapter) return new Response('Not found', { status: 404 });
  return new Response(JSON.stringify(chapterOfflinePages(chapter)), { headers: { 'Content-Type': 'application/json' } });
};
