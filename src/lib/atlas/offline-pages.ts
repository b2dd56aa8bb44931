/**
 * Which pages make up a chapter offline: the chapter page, its section pages and its article
 * pages. The build writes one list per chapter (src/pages/offline-pages/[chapter].json.ts) for the
 * service worker build, which precaches the current chapter's list; "Keep this chapter offline"
 * gets the same list in its markup and caches it on demand.
 */
import type { AtlasChapter } from './atlas';
import { articlePath, chapterPath, sectionPath } from './urls';

/** A chapter's offline list as written to `offline-pages/<id>.json`: site paths without the base. */
export interface OfflinePages {
  chapter: string;
  number: string;
  title: string;
  pages: string[];
}

/** The pages of a chapter, in reading order: chapter, then each section followed by its articles. */
export function chapterOfflinePages(chapter: AtlasChapter): OfflinePages {
  const pages = [chapterPath(chapter.id)];
  for (const section of chapter.sections) {
    pages.push(sectionPath(section.id), ...section.articles.map((a) => articlePath(a.id)));
  }
  return { chapter: chapter.id, number: chapter.data.number, title: chapter.data.title, pages };
}
