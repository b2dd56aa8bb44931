// @ts-check
/** Which pages of a generated corpus the benchmark measures; pure, so a test can pin it. */

/**
 * The article in the middle of the corpus (and the one after it, as the "next page" a reader
 * opens), and the chapter with the most articles (the heaviest chapter page).
 * @param {Record<string, string>} files corpus files by path, as generateCorpus returns them
 * @returns {{ article: string, nextArticle: string, chapter: string, chapterArticles: number }}
 */
export function pagesToMeasure(files) {
  const ids = Object.keys(files)
    .filter((f) => f.startsWith('articles/') && f.endsWith('.mdx'))
    .map((f) => f.slice('articles/'.length, -'.mdx'.length))
    .sort();
  if (ids.length === 0) throw new Error('pagesToMeasure: the corpus has no articles');
  const middle = Math.floor(ids.length / 2);
  /** @type {Map<string, string>} section id → chapter id */
  const chapterOf = new Map();
  for (const block of (files['atlas/sections.yaml'] ?? '').split(/^- /m).slice(1)) {
    const id = /^id: (\S+)/m.exec(block)?.[1];
    const chapter = /^\s*chapter: (\S+)/m.exec(block)?.[1];
    if (id && chapter) chapterOf.set(id, chapter);
  }
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const id of ids) {
    const section = /^section: ["']?([^"'\s]+)/m.exec(files[`articles/${id}.mdx`] ?? '')?.[1];
    const chapter = section ? chapterOf.get(section) : undefined;
    if (chapter) counts.set(chapter, (counts.get(chapter) ?? 0) + 1);
  }
  const [chapter, chapterArticles] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
  if (!chapter || !chapterArticles) throw new Error('pagesToMeasure: no article belongs to a chapter');
  return { article: /** @type {string} */ (ids[middle]), nextArticle: /** @type {string} */ (ids[(middle + 1) % ids.length]), chapter, chapterArticles };
}
