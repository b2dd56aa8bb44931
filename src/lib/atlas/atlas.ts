/**
 * The atlas model: volumes > chapters > sections > articles, built from content entries,
 * checked as a whole (numbers, references) and navigated (trail, previous/next, related).
 * Pure: entries in, a tree or a list of problems out.
 */
import type { ArticleData, Chapter, Section, Volume } from './schemas';
import type { GlossaryData } from '../articles/glossary-schema';
import { childNumber } from './number';
import { formatProblems, type ContentProblem } from '../articles/content-problems';

/** A content entry as the loaders give it: id, the file it came from, parsed data. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** Everything the atlas is built from. */
export interface AtlasInput {
  volumes: Entry<Volume>[];
  chapters: Entry<Chapter>[];
  sections: Entry<Section>[];
  articles: Entry<ArticleData>[];
  glossary?: Entry<GlossaryData>[];
}

/** An article placed in the atlas. */
export interface AtlasArticle extends Entry<ArticleData> {
  sectionId: string;
}
/** A section with its articles in order. */
export interface AtlasSection extends Entry<Section> {
  articles: AtlasArticle[];
}
/** A chapter with its sections in order. */
export interface AtlasChapter extends Entry<Chapter> {
  sections: AtlasSection[];
}
/** A volume with its chapters in order. */
export interface AtlasVolume extends Entry<Volume> {
  chapters: AtlasChapter[];
}

/** The whole atlas, with lookups by id. */
export interface Atlas {
  volumes: AtlasVolume[];
  chapters: Map<string, AtlasChapter>;
  sections: Map<string, AtlasSection>;
  articles: Map<string, AtlasArticle>;
}

/** Thrown when the content does not form a valid atlas; its message has one line per problem. */
export class AtlasContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = 'AtlasContentError';
  }
}

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/** Lists every problem that keeps the entries from forming an atlas (empty when they are fine). */
export function validateAtlas(input: AtlasInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const volumes = new Map(input.volumes.map((v) => [v.id, v]));
  const chapters = new Map(input.chapters.map((c) => [c.id, c]));
  const sections = new Map(input.sections.map((s) => [s.id, s]));
  const articleIds = new Set(input.articles.map((a) => a.id));

  for (const chapter of input.chapters) {
    const volume = volumes.get(chapter.data.volume);
    if (!volume) {
      problems.push(unknown(chapter, 'volume', chapter.data.volume, 'volume', [...volumes.keys()]));
    } else {
      checkNumber(problems, chapter, volume.data.number);
    }
  }
  for (const section of input.sections) {
    const chapter = chapters.get(section.data.chapter);
    if (!chapter) {
      problems.push(unknown(section, 'chapter', section.data.chapter, 'chapter', [...chapters.keys()]));
    } else {
      checkNumber(problems, section, chapter.data.number);
    }
  }

  const firstWithNumber = new Map<string, Entry<ArticleData>>();
  for (const article of input.articles) {
    const section = sections.get(article.data.section);
    if (!section) {
      problems.push(unknown(article, 'section', article.data.section, 'section', [...sections.keys()]));
    } else {
      checkNumber(problems, article, section.data.number);
    }
    const twin = firstWithNumber.get(article.data.number);
    if (twin) {
      problems.push({
        file: article.file,
        field: 'number',
        message: `"${article.data.number}" is already the number of ${twin.file}: give each article its own number and order`,
      });
    } else {
      firstWithNumber.set(article.data.number, article);
    }
    for (const id of article.data.related) {
      if (id === article.id) {
        problems.push({ file: article.file, field: 'related', message: `"${id}" is this article itself: remove it` });
      } else if (!articleIds.has(id)) {
        problems.push({
          file: article.file,
          field: 'related',
          message: `"${id}" is not an article id: use the file name of an article without .mdx${suggest(id, articleIds)}`,
        });
      }
    }
  }
  for (const term of input.glossary ?? []) {
    for (const id of term.data.related) {
      if (!articleIds.has(id)) {
        problems.push({
          file: term.file,
          field: `${term.id}.related`,
          message: `"${id}" is not an article id: use the file name of an article without .mdx${suggest(id, articleIds)}`,
        });
      }
    }
  }
  return problems;
}

/** Builds the atlas tree, or throws an AtlasContentError listing every problem. */
export function buildAtlas(input: AtlasInput): Atlas {
  const problems = validateAtlas(input);
  if (problems.length > 0) throw new AtlasContentError(problems);

  const articles = new Map<string, AtlasArticle>();
  const sections = new Map<string, AtlasSection>();
  const chapters = new Map<string, AtlasChapter>();
  for (const section of [...input.sections].sort(byOrder)) {
    const own = input.articles
      .filter((a) => a.data.section === section.id)
      .sort(byOrder)
      .map((a) => ({ ...a, sectionId: section.id }));
    own.forEach((a) => articles.set(a.id, a));
    sections.set(section.id, { ...section, articles: own });
  }
  for (const chapter of [...input.chapters].sort(byOrder)) {
    const own = [...sections.values()].filter((s) => s.data.chapter === chapter.id);
    chapters.set(chapter.id, { ...chapter, sections: own });
  }
  const volumes = [...input.volumes].sort(byOrder).map((volume) => ({
    ...volume,
    chapters: [...chapters.values()].filter((c) => c.data.volume === volume.id),
  }));
  return { volumes, chapters, sections, articles };
}

function checkNumber(problems: ContentProblem[], entry: Entry<{ number: string; order: number }>, parent: string) {
  const expected = childNumber(parent, entry.data.order);
  if (entry.data.number !== expected) {
    problems.push({
      file: entry.file,
      field: 'number',
      message: `"${entry.data.number}" disagrees with its place (parent ${parent}, order ${entry.data.order}): set number to "${expected}" or change order`,
    });
  }
}

function unknown(entry: Entry<unknown>, field: string, value: string, kind: string, known: Iterable<string>): ContentProblem {
  return {
    file: entry.file,
    field,
    message: `"${value}" is not a known ${kind} id: use one of ${[...known].map((k) => `"${k}"`).join(', ') || '(none defined)'}`,
  };
}

function suggest(id: string, known: Set<string>): string {
  const close = [...known].find((k) => k.includes(id) || id.includes(k));
  return close ? ` (did you mean "${close}"?)` : '';
}
