/**
 * Which pages make up a chapter offline: the chapter page, its section pages and its article
 * pages. The build writes one list per chapter (src/pages/offline-pages/[chapter].json.ts); the
 * service worker build precaches the current chapter's list, and "Keep this chapter offline"
 * caches any other chapter's list on demand.
 */
import * as z from 'zod/mini';
import type { AtlasChapter } from './atlas';
import { articlePath, chapterPath, sectionPath } from './urls';

/** A chapter's offline list as written to `offline-pages/<id>.json`: site paths without the base. */
export const offlinePagesSchema = z.object({
  chapter: z.string(),
  number: z.string(),
  title: z.string(),
  pages: z.array(z.string().check(z.regex(/^[a-z0-9][a-z0-9/-]*\/$/))),
});

/** A chapter's offline list. */
export type OfflinePages = z.infer<typeof offlinePagesSchema>;

/** The pages of a chapter, in reading order: chapter, then each section followed by its articles. */
export function chapterOfflinePages(chapter: AtlasChapter): OfflinePages {
  const pages = [chapterPath(chapter.id)];
  for (const section of chapter.sections) {
    pages.push(sectionPath(section.id), ...section.articles.map((a) => articlePath(a.id)));
  }
  return { chapter: chapter.id, number: chapter.data.number, title: chapter.data.title, pages };
}
