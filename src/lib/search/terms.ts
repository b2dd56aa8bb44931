/** Builds search-terms.json (the definitions search can open with) from the glossary and the atlas. Pure. */
import type { AtlasArticle } from '../atlas/atlas';
import type { GlossaryData } from '../articles/glossary-schema';
import { definitionKeys, type Definition } from './definitions';
import { articlePath, glossaryPath } from '../atlas/urls';

/** One definition per glossary entry, its article the first related one; `link` turns a site path into a link. */
export function searchTerms(
  glossary: readonly { id: string; data: GlossaryData }[],
  articles: ReadonlyMap<string, AtlasArticle>,
  link: (path: string) => string,
): Definition[] {
  return glossary.map(({ id, data }) => {
    const explainer = data.related.map((r) => articles.get(r)).find(Boolean);
    return {
      term: data.term,
      short: data.short,
      href: link(glossaryPath(id)),
      article: explainer && { title: explainer.data.title, number: explainer.data.number, href: link(articlePath(explainer.id)) },
      keys: definitionKeys(data.term, data.aliases ?? []),
    };
  });
}
