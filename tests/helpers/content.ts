/** Reads the real content folder (no Astro) so tests can compare pages with what authors wrote. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Ids, numbers and titles of the atlas content, in atlas order. */
export interface ContentIndex {
  sections: { id: string; number: string; title: string; lede?: string; introduction: string }[];
  articles: { id: string; number: string; title: string; section: string; file: string; source: string }[];
  glossary: string[];
  chapters: string[];
}

/** Splits an MDX file into its frontmatter (parsed) and body. */
export function readMdx(file: string): { data: Record<string, unknown>; body: string } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter block`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

/** Reads sections, articles and glossary ids from `root` (default src/content). */
export function readContentIndex(root = 'src/content'): ContentIndex {
  const sections = parse(readFileSync(join(root, 'atlas/sections.yaml'), 'utf8')) as ContentIndex['sections'];
  const chapters = (parse(readFileSync(join(root, 'atlas/chapters.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id);
  const glossary = (parse(readFileSync(join(root, 'glossary.yaml'), 'utf8')) as { id: string }[]).map((g) => g.id);
  const dir = join(root, 'articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const { data, body } = readMdx(join(dir, f));
      return { id: f.replace(/\.mdx$/, ''), number: String(data['number']), title: String(data['title']), section: String(data['section']), file: join(dir, f), source: body };
    })
    .sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true }));
  return { sections, articles, glossary, chapters };
}
