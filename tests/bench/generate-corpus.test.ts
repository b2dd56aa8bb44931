/**
 * The benchmark's corpus generator (bench/generate-corpus.mjs): deterministic, laid out as the
 * content model wants (schemas and buildAtlas accept it), articles shaped like the real ones, and
 * planted phrases that only one article holds while their words are scattered over others.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus, writeCorpus } from '../../bench/generate-corpus.mjs';
import { buildAtlas, type AtlasInput, type Entry } from '../../src/lib/atlas/atlas';
import { countWords, keyPoints, sectionHeadings } from '../../src/lib/articles/text';
import { articleSchema, chapterSchema, sectionSchema, volumeSchema } from '../../src/lib/atlas/schemas';
import { glossarySchema } from '../../src/lib/articles/glossary-schema';

type Corpus = ReturnType<typeof generateCorpus>;

interface Article {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Splits an MDX file into parsed frontmatter and body. */
function splitMdx(path: string, text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${path}: no frontmatter block`);
  return { data: parse(match[1]!) as Record<string, unknown>, body: match[2]! };
}

function articlesOf(corpus: Corpus): Article[] {
  return Object.entries(corpus.files)
    .filter(([path]) => path.startsWith('articles/'))
    .map(([path, text]) => ({ id: path.slice('articles/'.length, -'.mdx'.length), ...splitMdx(path, text) }));
}

/** A YAML list of `{ id, ...fields }` as content entries, each checked by its schema. */
function entries<T>(corpus: Corpus, path: string, schema: { parse: (input: unknown) => T }): Entry<T>[] {
  const text = corpus.files[path];
  if (text === undefined) throw new Error(`${path} is missing`);
  return (parse(text) as { id: string }[]).map(({ id, ...data }) => ({ id, file: path, data: schema.parse(data) }));
}

/** Everything buildAtlas needs, parsed through the same schemas the site uses. */
function atlasInput(corpus: Corpus): AtlasInput {
  return {
    volumes: entries(corpus, 'atlas/volumes.yaml', volumeSchema),
    chapters: entries(corpus, 'atlas/chapters.yaml', chapterSchema),
    sections: entries(corpus, 'atlas/sections.yaml', sectionSchema),
    articles: articlesOf(corpus).map((a) => ({ id: a.id, file: `articles/${a.id}.mdx`, data: articleSchema.parse(a.data) })),
    glossary: entries(corpus, 'glossary.yaml', glossarySchema),
  };
}

/** Lower-case words of a body with every non-alphanumeric character turned into a space. */
const plainWords = (body: string) => ` ${body.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
const hasWord = (body: string, word: string) => plainWords(body).includes(` ${word} `);

const SIZES = [1, 3, 7, 20, 45] as const;
const corpora = new Map(SIZES.map((n) => [n, generateCorpus({ articles: n })]));
const corpus = (n: (typeof SIZES)[number]) => corpora.get(n)!;

describe('generateCorpus is deterministic', () => {
  it('gives byte-identical output for the same arguments', () => {
    expect(generateCorpus({ articles: 20 })).toEqual(corpus(20));
    expect(JSON.stringify(generateCorpus({ articles: 20, seed: 7 }))).toBe(JSON.stringify(generateCorpus({ articles: 20, seed: 7 })));
  });

  it('gives different output for another seed', () => {
    const other = generateCorpus({ articles: 20, seed: 2 });
    expect(other.counts.articles).toBe(20);
    expect(JSON.stringify(other.files)).not.toBe(JSON.stringify(corpus(20).files));
  });

  it('rejects an impossible size', () => {
    expect(() => generateCorpus({ articles: 0 })).toThrow(/articles/);
  });
});

describe.each(SIZES)('a corpus of %i articles', (n) => {
  const c = corpus(n);
  const articles = articlesOf(c);
  const ids = new Set(articles.map((a) => a.id));

  it('has the files and counts the content model expects', () => {
    const paths = Object.keys(c.files);
    expect(paths.filter((p) => !p.startsWith('articles/')).sort()).toEqual([
      'atlas/chapters.yaml',
      'atlas/sections.yaml',
      'atlas/volumes.yaml',
      'glossary.yaml',
    ]);
    expect(articles).toHaveLength(n);
    const input = atlasInput(c);
    expect(c.counts).toEqual({
      volumes: input.volumes.length,
      chapters: input.chapters.length,
      sections: input.sections.length,
      articles: n,
    });
    expect(c.counts.volumes).toBeLessThanOrEqual(9);
  });

  it('passes the real atlas validation (numbers agree with place, references resolve)', () => {
    const atlas = buildAtlas(atlasInput(c));
    expect(atlas.articles.size).toBe(n);
    for (const section of atlas.sections.values()) {
      expect(section.articles.length).toBeLessThanOrEqual(8);
      if (n >= 3) expect(section.articles.length).toBeGreaterThanOrEqual(3);
      expect(section.articles.map((a) => a.data.order)).toEqual(section.articles.map((_, i) => i + 1));
      const intro = countWords(section.data.introduction);
      expect(intro).toBeGreaterThanOrEqual(80);
      expect(intro).toBeLessThanOrEqual(150);
    }
    for (const chapter of atlas.chapters.values()) expect(chapter.sections.length).toBeLessThanOrEqual(8);
  });

  it('gives unique kebab-case ids and unique titles', () => {
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(articles.map((a) => a.data['title'])).size).toBe(n);
    const input = atlasInput(c);
    for (const list of [input.volumes, input.chapters, input.sections, input.glossary ?? []]) {
      for (const entry of list) expect(entry.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
    }
  });

  it('relates each article to 2 or 3 other existing articles', () => {
    for (const a of articles) {
      const related = a.data['related'] as string[];
      expect(related.length).toBeGreaterThanOrEqual(Math.min(2, n - 1));
      expect(related.length).toBeLessThanOrEqual(3);
      expect(new Set(related).size).toBe(related.length);
      for (const id of related) {
        expect(id).not.toBe(a.id);
        expect(ids.has(id)).toBe(true);
      }
    }
  });

  it('writes one-sentence summaries under 160 characters and named sources', () => {
    for (const a of articles) {
      const summary = a.data['summary'] as string;
      expect(summary.length).toBeLessThan(160);
      expect(summary).toMatch(/^[^.?!]+[.?!]$/);
      expect((a.data['sources'] as unknown[]).length).toBeGreaterThanOrEqual(1);
    }
  });

  it('has about ten glossary entries with short definitions', () => {
    const glossary = entries(c, 'glossary.yaml', glossarySchema);
    expect(glossary.length).toBe(10);
    for (const term of glossary) {
      expect(term.data.short.length).toBeLessThan(140);
      expect(term.data.related.length).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(articles.map((a) => [a.id, a] as const))('article %s is shaped like a real one', (_id, a) => {
    const words = countWords(a.body);
    expect(words).toBeGreaterThanOrEqual(400);
    expect(words).toBeLessThanOrEqual(900);
    const headings = sectionHeadings(a.body);
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(headings.length).toBeLessThanOrEqual(6);
    expect(headings.at(-1)).toBe('Key points');
    const points = keyPoints(a.body);
    expect(points?.length).toBeGreaterThanOrEqual(3);
    expect(points?.length).toBeLessThanOrEqual(5);
    const beforeKeyPoints = a.body.slice(0, a.body.indexOf('## Key points'));
    expect(beforeKeyPoints).toMatch(/^- \S/m);
    expect(a.body).toMatch(/^> \S/m);
    // MDX safety: no JSX or expressions; `>` only as the blockquote marker.
    expect(a.body).not.toMatch(/[<{}]/);
    expect(a.body.replace(/^> /gm, '')).not.toContain('>');
    expect(a.body).not.toMatch(/^(import|export)\b/m);
  });
});

describe.each(SIZES)('planted phrases in a corpus of %i articles', (n) => {
  const c = corpus(n);
  const articles = articlesOf(c);
  const byId = new Map(articles.map((a) => [a.id, a]));

  it('plants min(10, N) distinct phrases of 3 or 4 words in distinct articles', () => {
    expect(c.planted).toHaveLength(Math.min(10, n));
    expect(new Set(c.planted.map((p) => p.phrase)).size).toBe(c.planted.length);
    expect(new Set(c.planted.map((p) => p.articleId)).size).toBe(c.planted.length);
    for (const p of c.planted) {
      expect(p.phrase.split(' ').length).toBeGreaterThanOrEqual(3);
      expect(p.phrase.split(' ').length).toBeLessThanOrEqual(4);
      const target = byId.get(p.articleId);
      expect(target, p.articleId).toBeDefined();
      expect(target!.data['title']).toBe(p.title);
      expect(target!.data['number']).toBe(p.number);
    }
  });

  it('puts each phrase verbatim only in its target, and each of its words in several other articles', () => {
    for (const p of c.planted) {
      const whole = ` ${p.phrase} `;
      const holders = articles.filter((a) => plainWords(a.body).includes(whole)).map((a) => a.id);
      expect(holders, p.phrase).toEqual([p.articleId]);
      expect(byId.get(p.articleId)!.body.toLowerCase()).toContain(p.phrase);
      for (const word of p.phrase.split(' ')) {
        const others = articles.filter((a) => a.id !== p.articleId && hasWord(a.body, word)).length;
        expect(others, `"${word}" of "${p.phrase}"`).toBeGreaterThanOrEqual(Math.min(3, n - 1));
      }
    }
  });
});

describe('larger corpora', () => {
  // Generating 2,000 articles takes seconds on a shared CI core; its speed is the benchmark's business, not this test's.
  it('keep orders within 1..99, at most 9 volumes and unique phrases at N=2000', { timeout: 60_000 }, () => {
    const c = generateCorpus({ articles: 2000 });
    expect(c.counts.articles).toBe(2000);
    expect(c.counts.volumes).toBeLessThanOrEqual(9);
    expect(c.counts.chapters).toBeGreaterThan(42);
    const atlas = buildAtlas(atlasInput(c));
    for (const volume of atlas.volumes) expect(volume.chapters.length).toBeLessThanOrEqual(99);
    const articles = articlesOf(c);
    for (const p of c.planted) {
      const holders = articles.filter((a) => plainWords(a.body).includes(` ${p.phrase} `)).map((a) => a.id);
      expect(holders, p.phrase).toEqual([p.articleId]);
    }
  });

  it('writeCorpus replaces the folder with the corpus files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-corpus-'));
    try {
      writeCorpus(dir, corpus(20));
      writeCorpus(dir, corpus(7));
      expect(readdirSync(join(dir, 'articles'))).toHaveLength(7);
      for (const [path, text] of Object.entries(corpus(7).files)) expect(readFileSync(join(dir, path), 'utf8')).toBe(text);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
