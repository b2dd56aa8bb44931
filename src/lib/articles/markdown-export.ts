/** Turns article sources into plain Markdown for download: MDX-only markup out, a title block in. */

/** An article as the download needs it. */
export interface ArticleForDownload {
  number: string;
  title: string;
  summary: string;
  body: string;
}

/** Removes MDX components from an article body, keeping the words they wrap (`<Term id="x">words</Term>` → `words`). */
export function stripMdx(body: string): string {
  return body
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*\/>/g, '')
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*>([\s\S]*?)<\/\1>/g, '$2')
    .replace(/^(import|export)\s.*$/gm, '')
    .trim();
}

/** One article as a Markdown document with its number, title and summary on top. */
export function articleMarkdown(article: ArticleForDownload, headingLevel = 1): string {
  const hashes = '#'.repeat(headingLevel);
  const body = headingLevel === 1 ? stripMdx(article.body) : demote(stripMdx(article.body), headingLevel - 1);
  return `${hashes} ${article.number} ${article.title}\n\n_${article.summary}_\n\n${body}\n`;
}

/** A whole section as one Markdown document: title, introduction, then every article in order. */
export function sectionMarkdown(
  section: { number: string; title: string; introduction: string },
  articles: ArticleForDownload[],
): string {
  const parts = articles.map((a) => articleMarkdown(a, 2));
  return `# ${section.number} ${section.title}\n\n${section.introduction}\n\n${parts.join('\n')}`;
}

/** A section of a chapter download: its heading, introduction and articles. */
export interface SectionForDownload {
  number: string;
  title: string;
  introduction: string;
  articles: ArticleForDownload[];
}

/**
 * A whole chapter as one Markdown document: title and summary, a contents list of every section
 * and article number, then each section (introduction, articles) with headings nested below it.
 */
export function chapterMarkdown(chapter: { number: string; title: string; summary: string }, sections: SectionForDownload[]): string {
  const contents = sections
    .map((s) => [`- ${s.number} ${s.title}`, ...s.articles.map((a) => `  - ${a.number} ${a.title}`)].join('\n'))
    .join('\n');
  const parts = sections.map(
    (s) => `## ${s.number} ${s.title}\n\n${s.introduction}\n\n${s.articles.map((a) => articleMarkdown(a, 3)).join('\n')}`,
  );
  return `# ${chapter.number} ${chapter.title}\n\n_${chapter.summary}_\n\n## Contents\n\n${contents}\n\n${parts.join('\n')}`;
}

function demote(markdown: string, levels: number): string {
  return markdown.replace(/^(#{1,6})(?= )/gm, (h) => '#'.repeat(Math.min(6, h.length + levels)));
}
