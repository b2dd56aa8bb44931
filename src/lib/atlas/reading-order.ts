/**
 * The atlas in reading order (volume, chapter, section, article), as home's "continue" slot needs
 * it: home lists chapters, not articles, so the build writes this list to reading-order.json
 * (src/pages/reading-order.json.ts) and the slot fetches it. Paths are site paths without the base.
 */
import type { Atlas } from './atlas';
import { articlePath } from './urls';

/** One article in reading order: id, title and site path. */
export interface ReadingOrderEntry {
  id: string;
  title: string;
  path: string;
}

/** Every article of the atlas, in the order a reader meets them. */
export function readingOrder(atlas: Pick<Atlas, 'volumes'>): ReadingOrderEntry[] {
  return atlas.volumes.flatMap((volume) =>
    volume.chapters.flatMap((chapter) =>
      chapter.sections.flatMap((section) => section.articles.map((a) => ({ id: a.id, title: a.data.title, path: articlePath(a.id) }))),
    ),
  );
}
