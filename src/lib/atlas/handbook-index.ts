/**
 * The handbook's index for home: every volume and chapter with its number and article count,
 * and, honestly, what is still to come. Volumes and chapters are numbered in order, so a number
 * that is skipped (volumes 1 to 4 before volume 5) is a part not yet written; so is one declared
 * in the YAML with no articles yet. Pure: the atlas tree in, plain rows out.
 */
import type { Atlas, AtlasChapter, AtlasVolume } from './atlas';
import { articleCount } from './navigation';

/** Numbers that are still to come, as a run: "1" to "4", or one number when first === last. */
export interface ToCome {
  kind: 'to-come';
  first: string;
  last: string;
  count: number;
}

/** A chapter in the index: linked when it has articles, else marked to come. */
export interface IndexChapter {
  kind: 'chapter';
  id: string;
  number: string;
  title: string;
  sections: number;
  articles: number;
  toCome: boolean;
}

/** A volume in the index with its chapters (and runs of chapters still to come). */
export interface IndexVolume {
  kind: 'volume';
  id: string;
  number: string;
  title: string;
  summary: string;
  articles: number;
  toCome: boolean;
  chapters: (IndexChapter | ToCome)[];
}

/** The whole index and its totals. */
export interface HandbookIndex {
  volumes: (IndexVolume | ToCome)[];
  written: { volumes: number; chapters: number; sections: number; articles: number };
  toCome: { volumes: number; chapters: number };
}

/** Fills the gaps of a list numbered 1, 2, 3 … with runs "to come"; `numberOf(n)` writes number n. */
function withGaps<T>(rows: { order: number; row: T }[], numberOf: (n: number) => string): (T | ToCome)[] {
  const out: (T | ToCome)[] = [];
  let next = 1;
  for (const { order, row } of [...rows].sort((a, b) => a.order - b.order)) {
    if (order > next) out.push({ kind: 'to-come', first: numberOf(next), last: numberOf(order - 1), count: order - next });
    out.push(row);
    next = Math.max(next, order + 1);
  }
  return out;
}

function chapterRow(chapter: AtlasChapter): IndexChapter {
  const articles = articleCount(chapter);
  return { kind: 'chapter', id: chapter.id, number: chapter.data.number, title: chapter.data.title, sections: chapter.sections.length, articles, toCome: articles === 0 };
}

function volumeRow(volume: AtlasVolume): IndexVolume {
  const chapters = withGaps(
    volume.chapters.map((c) => ({ order: c.data.order, row: chapterRow(c) })),
    (n) => `${volume.data.number}.${String(n).padStart(2, '0')}`,
  );
  const articles = articleCount(volume);
  return { kind: 'volume', id: volume.id, number: volume.data.number, title: volume.data.title, summary: volume.data.summary, articles, toCome: articles === 0, chapters };
}

/** Builds the index of the handbook from the atlas: written parts with counts, gaps as runs to come. */
export function handbookIndex(atlas: Atlas): HandbookIndex {
  const volumes = withGaps(
    atlas.volumes.map((v) => ({ order: Number.parseInt(v.data.number, 10), row: volumeRow(v) })),
    String,
  );
  const rows = volumes.filter((v): v is IndexVolume => v.kind === 'volume');
  const chapters = rows.flatMap((v) => v.chapters);
  const writtenChapters = chapters.filter((c): c is IndexChapter => c.kind === 'chapter' && !c.toCome);
  const runs = (list: (IndexVolume | IndexChapter | ToCome)[]) =>
    list.reduce((n, row) => n + (row.kind === 'to-come' ? row.count : row.toCome ? 1 : 0), 0);
  return {
    volumes,
    written: {
      volumes: rows.filter((v) => !v.toCome).length,
      chapters: writtenChapters.length,
      sections: writtenChapters.reduce((n, c) => n + c.sections, 0),
      articles: writtenChapters.reduce((n, c) => n + c.articles, 0),
    },
    toCome: { volumes: runs(volumes), chapters: runs(chapters) },
  };
}

/** A run to come as words: "Volumes 1–4", "Chapter 5.02", "Chapters 5.01–5.02". */
export function toComeLabel(run: ToCome, singular: string, plural: string): string {
  return run.count === 1 ? `${singular} ${run.first}` : `${plural} ${run.first}–${run.last}`;
}

/** The article whose number home uses to show how numbers read: the fourth of the first section (or its last, if shorter). */
export function numberExample(atlas: Atlas): { id: string; number: string; title: string } | null {
  const section = atlas.volumes.flatMap((v) => v.chapters).flatMap((c) => c.sections).find((s) => s.articles.length > 0);
  const article = section?.articles[Math.min(3, section.articles.length - 1)];
  return article ? { id: article.id, number: article.data.number, title: article.data.title } : null;
}
