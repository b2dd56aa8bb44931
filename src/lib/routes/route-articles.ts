/**
 * The articles a route page can show, in reading order, as the build embeds them in the page:
 * number, id, title, summary, site path and the section (number, title, hue) each belongs to.
 * The page then draws any route offline, with no request of its own.
 */
import type { Atlas } from '../atlas/atlas';
import { sectionHue } from '../atlas/section-hue';
import { articlePath } from '../atlas/urls';

/** One article as a route stop needs it. */
export interface RouteArticle {
  number: string;
  id: string;
  title: string;
  summary: string;
  path: string;
  section: { number: string; title: string; hue: number };
}

/** Every article of the atlas, in reading order, as route stops. */
export function routeArticles(atlas: Pick<Atlas, 'volumes'>): RouteArticle[] {
  return atlas.volumes.flatMap((volume) =>
    volume.chapters.flatMap((chapter) =>
      chapter.sections.flatMap((section) =>
        section.articles.map((a) => ({
          number: a.data.number,
          id: a.id,
          title: a.data.title,
          summary: a.data.summary,
          path: articlePath(a.id),
          section: { number: section.data.number, title: section.data.title, hue: sectionHue(section) },
        })),
      ),
    ),
  );
}

/** The articles by number, for looking up a route's stops. */
export const byNumber = (articles: readonly RouteArticle[]): Map<string, RouteArticle> => new Map(articles.map((a) => [a.number, a]));
