/** Ways through the atlas: where an article sits, what comes before and after it, what it links to. */
import type { Atlas, AtlasArticle, AtlasChapter, AtlasSection, AtlasVolume } from './atlas';

/** The volume, chapter and section that hold an article. */
export interface ArticlePlace {
  volume: AtlasVolume;
  chapter: AtlasChapter;
  section: AtlasSection;
}

/** Finds the volume, chapter and section of an article (throws for an unknown id). */
export function placeOf(atlas: Atlas, articleId: string): ArticlePlace {
  const article = atlas.articles.get(articleId);
  const section = article && atlas.sections.get(article.sectionId);
  const chapter = section && atlas.chapters.get(section.data.chapter);
  const volume = chapter && atlas.volumes.find((v) => v.id === chapter.data.volume);
  if (!section || !chapter || !volume) throw new Error(`Unknown article id "${articleId}"`);
  return { volume, chapter, section };
}

/** The articles of a chapter in reading order (section by section). */
export function chapterArticles(chapter: AtlasChapter): AtlasArticle[] {
  return chapter.sections.flatMap((s) => s.articles);
}

/** The articles before and after this one within its chapter. */
export function neighbours(atlas: Atlas, articleId: string): { previous?: AtlasArticle; next?: AtlasArticle } {
  const list = chapterArticles(placeOf(atlas, articleId).chapter);
  const at = list.findIndex((a) => a.id === articleId);
  const previous = list[at - 1];
  const next = list[at + 1];
  return { ...(previous && { previous }), ...(next && { next }) };
}

/** The related articles of an article, resolved in the order the author gave them. */
export function relatedArticles(atlas: Atlas, article: AtlasArticle): AtlasArticle[] {
  return article.data.related.flatMap((id) => {
    const found = atlas.articles.get(id);
    return found ? [found] : [];
  });
}

/** Counts the articles in a volume, chapter or section. */
export function articleCount(node: AtlasVolume | AtlasChapter | AtlasSection): number {
  if ('articles' in node) return node.articles.length;
  if ('sections' in node) return node.sections.reduce((n, s) => n + s.articles.length, 0);
  return node.chapters.reduce((n, c) => n + articleCount(c), 0);
}
