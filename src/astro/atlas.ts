/**
 * Loads the content collections into the atlas model once per build. This is the only place
 * that talks to `astro:content` for the atlas; the model itself lives in `src/lib/atlas/atlas.ts`.
 */
import { getCollection } from 'astro:content';
import { buildAtlas, type Atlas, type Entry } from '../lib/atlas/atlas';

let atlas: Promise<Atlas> | undefined;

/** The atlas of the whole site; throws (and so fails the build) when the content is inconsistent. */
export function loadAtlas(): Promise<Atlas> {
  return (atlas ??= load());
}

const toEntry =
  (fallback: string) =>
  <T>(entry: { id: string; filePath?: string | undefined; data: T }): Entry<T> => ({
    id: entry.id,
    file: entry.filePath ?? fallback,
    data: entry.data,
  });

async function load(): Promise<Atlas> {
  const root = process.env['ATLAS_CONTENT_DIR'] ?? 'src/content';
  const [volumes, chapters, sections, articles, glossary] = await Promise.all([
    getCollection('volumes'),
    getCollection('chapters'),
    getCollection('sections'),
    getCollection('articles'),
    getCollection('glossary'),
  ]);
  return buildAtlas({
    volumes: volumes.map(toEntry(`${root}/atlas/volumes.yaml`)),
    chapters: chapters.map(toEntry(`${root}/atlas/chapters.yaml`)),
    sections: sections.map(toEntry(`${root}/atlas/sections.yaml`)),
    articles: articles.map(toEntry(`${root}/articles`)),
    glossary: glossary.map(toEntry(`${root}/glossary.yaml`)),
  });
}
