// @ts-check
/**
 * Synthetic content for the scale benchmark: N articles of plausible sales and management prose,
 * laid out as volumes > chapters > sections > articles exactly as the real content model wants it
 * (numbers agree with orders, ids are unique slugs, related ids resolve, 400 to 900 words a body).
 * Ten articles (fewer when N < 10) carry a planted phrase whose words are also scattered through
 * other articles, so a search for the phrase has to rank, not just match. Three of the ten are
 * made only of words that most articles use ("customer team review"): only the phrase itself,
 * in order, singles out its page.
 *
 * Deterministic: the same `articles` and `seed` give byte-identical files (seeded PRNG, no clock).
 *
 * usage: node bench/generate-corpus.mjs --articles 700 --out bench/.work/corpus-700 [--seed 1] [--planted file.json]
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  VOLUMES,
  THEMES,
  CHAPTER_QUALIFIERS,
  AUDIENCES,
  AUDIENCE_TITLES,
  ROLES,
  ROLES_PLURAL,
  METRICS,
  ARTIFACTS,
  TIMES,
  COMPANIES,
  NAMES,
  COUNTS,
  LEAD,
  LEAD_CLOSE,
  BODY,
  EXAMPLES,
  MANAGER,
  BULLETS,
  PLAIN_BULLETS,
  STEPS,
  QUOTES,
  QUOTE_BY,
  KEY_POINTS,
  TITLES,
  SUMMARIES,
  SOURCE_TITLES,
  PUBLISHERS,
  CHAPTER_SUMMARIES,
  SECTION_SUMMARIES,
  INTRO_OPEN,
  INTRO_FILL,
  GLOSSARY,
  PHRASES,
  COMMON_PHRASES,
  H2,
  H3,
} from './corpus-words.mjs';

/**
 * @typedef {{ phrase: string, articleId: string, title: string, number: string }} Planted
 * @typedef {{ volumes: number, chapters: number, sections: number, articles: number }} Counts
 * @typedef {{ files: Record<string, string>, planted: Planted[], counts: Counts }} Corpus
 * @typedef {() => number} Rng a source of numbers in [0, 1)
 */

// ---------------------------------------------------------------------------------------------
// Randomness

/** @param {number} a @returns {Rng} */
function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit FNV-1a hash, to derive independent streams from the seed. @param {string} text */
function hash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** @param {number} seed @param {string} label */
const stream = (seed, label) => mulberry32(hash(`${seed}:${label}`));

/** @param {Rng} rng @param {number} min @param {number} max inclusive */
const int = (rng, min, max) => min + Math.floor(rng() * (max - min + 1));

/**
 * @template T
 * @param {readonly T[]} list @param {number} index
 * @returns {T}
 */
function at(list, index) {
  const value = list[index];
  if (value === undefined) throw new Error(`index ${index} out of range (${list.length})`);
  return value;
}

/** @template T @param {Rng} rng @param {readonly T[]} list @returns {T} */
const pick = (rng, list) => at(list, Math.floor(rng() * list.length));

/** @template T @param {Rng} rng @param {readonly T[]} list @returns {T[]} a shuffled copy */
function shuffle(rng, list) {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const tmp = /** @type {T} */ (out[i]);
    out[i] = /** @type {T} */ (out[j]);
    out[j] = tmp;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** Words as the site counts them (see countWords in src/lib/articles/text.ts). @param {string} text */
function words(text) {
  let n = 0;
  for (const token of text.replace(/[#*_`>|[\]()-]+/g, ' ').split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

/** @param {string} text */
const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with', 'from']);

/** Title case that keeps acronyms (CRM) and capitalizes both halves of hyphenated words. @param {string} text */
function titleCase(text) {
  return text
    .split(' ')
    .map((word, i) =>
      i > 0 && SMALL_WORDS.has(word) ? word : word.split('-').map((part) => capitalize(part)).join('-'),
    )
    .join(' ');
}

/** @param {string} text */
const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A YAML double-quoted scalar (JSON strings are valid YAML). @param {string} text */
const q = (text) => JSON.stringify(text);

/** Wraps text into lines of at most `width` characters. @param {string} text @param {number} width */
function wrap(text, width) {
  /** @type {string[]} */
  const lines = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** "a, b and c" @param {string[]} items @param {string} separator */
function listing(items, separator = ', ') {
  if (items.length <= 1) return items.join('');
  const serial = separator === '; ' && items.length > 2 ? ';' : '';
  return `${items.slice(0, -1).join(separator)}${serial} and ${items.at(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// Word banks. None of them may contain `<`, `>`, `{` or `}` in the output (MDX), and none may use
// the rare words of the planted phrases (amnesty, ghost, census, tide, weather, fog, index,
// dormant, revival, handshake, backlog, attic, cleanup, lantern, compass, orchard, midnight,
// reflex, stale, chart, map), so that those phrases occur only where they are planted.


/** How many articles get a planted phrase at most. */
const PLANTED = 10;
/** How many of them carry a phrase made only of words frequent across the corpus. */
const PLANTED_COMMON = 3;
/** How many other articles receive each word of a planted phrase (fewer when N is small). */
const SCATTER = 4;

// ---------------------------------------------------------------------------------------------
// Filling templates

/**
 * @typedef {{ topic: string, aud: string, name: string, company: string, theme: string, kpi: string }} Context
 */

/** @param {Rng} rng @param {string} template @param {Context} ctx */
function fill(rng, template, ctx) {
  const text = template.replace(/\{(\w+)\}/g, (_, key) => {
    switch (key) {
      case 'topic': return ctx.topic;
      case 'aud': return ctx.aud;
      case 'name': return ctx.name;
      case 'company': return ctx.company;
      case 'theme': return ctx.theme;
      case 'kpi': return ctx.kpi;
      case 'role': return pick(rng, ROLES);
      case 'roles': return pick(rng, ROLES_PLURAL);
      case 'metric': return pick(rng, METRICS);
      case 'artifact': return pick(rng, ARTIFACTS);
      case 'time': return pick(rng, TIMES);
      case 'n': return pick(rng, COUNTS);
      case 'pct': return String(int(rng, 8, 45));
      default: throw new Error(`unknown slot {${key}} in template: ${template}`);
    }
  });
  return capitalize(text);
}

/** Picks templates without repeats until the list runs out, then starts over. */
class Deck {
  /** @param {Rng} rng @param {readonly string[]} list */
  constructor(rng, list) {
    this.rng = rng;
    this.list = list;
    /** @type {string[]} */
    this.left = [];
  }
  /** @returns {string} */
  draw() {
    if (this.left.length === 0) this.left = shuffle(this.rng, this.list);
    return /** @type {string} */ (this.left.pop());
  }
}

// ---------------------------------------------------------------------------------------------
// Layout

/**
 * Splits `total` into groups of `min`..`max` (about `mean`), the last group taking the rest.
 * @param {Rng} rng @param {number} total @param {number} min @param {number} max
 */
function groups(rng, total, min, max) {
  /** @type {number[]} */
  const sizes = [];
  let left = total;
  while (left > 0) {
    let size;
    if (left <= max) size = left;
    else {
      // Triangular around the middle of the range.
      size = Math.round(min + ((rng() + rng()) / 2) * (max - min));
      if (left - size < min) size = left - min;
    }
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/**
 * @typedef {{ id: string, number: string, title: string, summary: string, order: number }} VolumeRec
 * @typedef {{ id: string, number: string, volume: string, title: string, summary: string, order: number, theme: number }} ChapterRec
 * @typedef {{ id: string, number: string, chapter: string, title: string, summary: string, order: number, introduction: string, topic: string, chapterIndex: number }} SectionRec
 * @typedef {{ id: string, number: string, title: string, summary: string, section: string, order: number, related: string[], sources: { title: string, publisher: string }[], ctx: Context, sectionIndex: number, chapterIndex: number }} ArticleRec
 */

/**
 * Generates a synthetic corpus of `articles` articles.
 * @param {{ articles: number, seed?: number }} options
 * @returns {Corpus}
 */
export function generateCorpus({ articles, seed = 1 }) {
  if (!Number.isInteger(articles) || articles < 1) throw new Error(`articles must be a whole number of 1 or more, got ${articles}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be a whole number, got ${seed}`);
  const layout = stream(seed, 'layout');

  // Sizes: articles per section (3..8), sections per chapter (4..8), chapters spread over volumes.
  const sectionSizes = groups(layout, articles, 3, 8);
  const chapterSizes = groups(layout, sectionSizes.length, 4, 8);
  const volumeCount = Math.min(VOLUMES.length, Math.max(1, Math.ceil(chapterSizes.length / 8)));
  const perVolume = Math.ceil(chapterSizes.length / volumeCount);
  if (perVolume > 99) throw new Error(`${articles} articles need more than 99 chapters per volume; generate fewer`);

  /** @type {VolumeRec[]} */
  const volumes = VOLUMES.slice(0, volumeCount).map(([title, summary], i) => ({
    id: slug(/** @type {string} */ (title)),
    number: String(i + 1),
    title: /** @type {string} */ (title),
    summary: /** @type {string} */ (summary),
    order: i + 1,
  }));

  const themeOrder = shuffle(layout, THEMES.map((_, i) => i));
  /** @type {Map<number, number>} */
  const themeUses = new Map();
  /** @type {ChapterRec[]} */
  const chapters = [];
  /** @type {SectionRec[]} */
  const sections = [];
  /** @type {ArticleRec[]} */
  const list = [];
  const titles = new Set();
  const meta = stream(seed, 'meta');

  let articleIndex = 0;
  let sectionIndex = 0;
  chapterSizes.forEach((sectionCount, c) => {
    // Chapters fill volumes evenly, in order: the first `rest` volumes take one more.
    const base = Math.floor(chapterSizes.length / volumeCount);
    const rest = chapterSizes.length % volumeCount;
    let v = 0;
    let first = 0;
    while (c >= first + base + (v < rest ? 1 : 0)) {
      first += base + (v < rest ? 1 : 0);
      v++;
    }
    const volume = at(volumes, v);
    const order = c - first + 1;
    const themeIndex = at(themeOrder, c % themeOrder.length);
    const [themeName, topics] = at(THEMES, themeIndex);
    const uses = themeUses.get(themeIndex) ?? 0;
    themeUses.set(themeIndex, uses + 1);
    const qualifier = uses < CHAPTER_QUALIFIERS.length ? at(CHAPTER_QUALIFIERS, uses) : `Part ${uses + 1}`;
    const chapterTitle = qualifier ? `${themeName} ${qualifier}` : /** @type {string} */ (themeName);
    const chapterNumber = `${volume.number}.${String(order).padStart(2, '0')}`;
    const themeLower = /** @type {string} */ (themeName).toLowerCase();
    const chapterCtx = { topic: at(/** @type {string[]} */ (topics), 0), aud: pick(meta, AUDIENCES), name: '', company: '', theme: themeLower, kpi: pick(meta, METRICS) };
    const chapter = {
      id: `${slug(chapterTitle)}-${c + 1}`,
      number: chapterNumber,
      volume: volume.id,
      title: chapterTitle,
      summary: fill(meta, pick(meta, CHAPTER_SUMMARIES), chapterCtx),
      order,
      theme: themeIndex,
    };
    chapters.push(chapter);

    const sectionTopics = shuffle(meta, /** @type {string[]} */ (topics));
    for (let s = 0; s < sectionCount; s++) {
      const size = at(sectionSizes, sectionIndex);
      const topic = at(sectionTopics, s % sectionTopics.length);
      const sectionNumber = `${chapterNumber}.${String(s + 1).padStart(2, '0')}`;
      const sectionTitle = titleCase(topic);
      const sectionCtx = { topic, aud: pick(meta, AUDIENCES), name: '', company: '', theme: themeLower, kpi: pick(meta, METRICS) };
      const section = {
        id: `${slug(sectionTitle)}-${sectionIndex + 1}`,
        number: sectionNumber,
        chapter: chapter.id,
        title: sectionTitle,
        summary: fill(meta, pick(meta, SECTION_SUMMARIES), sectionCtx),
        order: s + 1,
        introduction: '',
        topic,
        chapterIndex: c,
      };
      /** @type {string[]} */
      const sectionTitles = [];
      for (let a = 0; a < size; a++) {
        const rng = stream(seed, `head:${articleIndex}`);
        const articleTopic = rng() < 0.6 ? topic : pick(rng, /** @type {string[]} */ (topics));
        const ctx = {
          topic: articleTopic,
          aud: pick(rng, AUDIENCES),
          name: pick(rng, NAMES),
          company: pick(rng, COMPANIES),
          theme: themeLower,
          kpi: pick(rng, METRICS),
        };
        let title = '';
        for (let attempt = 0; attempt < 40 && (!title || titles.has(title)); attempt++) {
          const t = attempt < 20 ? articleTopic : pick(rng, /** @type {string[]} */ (topics));
          title = pick(rng, TITLES).replace('{T}', titleCase(t)).replace('{A}', pick(rng, AUDIENCE_TITLES));
        }
        if (titles.has(title)) title = `${title} (${articleIndex + 1})`;
        titles.add(title);
        sectionTitles.push(title);
        let summary = fill(rng, pick(rng, SUMMARIES), ctx);
        while (summary.length >= 160) summary = fill(rng, pick(rng, SUMMARIES), ctx);
        /** @type {{ title: string, publisher: string }[]} */
        const sources = [];
        const sourceCount = int(rng, 1, 2);
        for (let k = 0; k < sourceCount; k++) {
          sources.push({ title: fill(rng, pick(rng, SOURCE_TITLES), ctx), publisher: pick(rng, PUBLISHERS) });
        }
        list.push({
          id: `${slug(title).split('-').slice(0, 7).join('-')}-${articleIndex + 1}`,
          number: `${sectionNumber}.${String(a + 1).padStart(2, '0')}`,
          title,
          summary,
          section: section.id,
          order: a + 1,
          related: [],
          sources,
          ctx,
          sectionIndex,
          chapterIndex: c,
        });
        articleIndex++;
      }
      section.introduction = introduction(meta, sectionCtx, sectionTitles);
      sections.push(section);
      sectionIndex++;
    }
  });

  // Related: two or three other articles, from the same chapter where it has enough.
  const related = stream(seed, 'related');
  /** @type {Map<number, number[]>} */
  const byChapter = new Map();
  list.forEach((article, i) => {
    const own = byChapter.get(article.chapterIndex) ?? [];
    own.push(i);
    byChapter.set(article.chapterIndex, own);
  });
  list.forEach((article, i) => {
    const want = Math.min(int(related, 2, 3), list.length - 1);
    const pool = shuffle(related, (byChapter.get(article.chapterIndex) ?? []).filter((j) => j !== i));
    for (let step = 1; pool.length < want; step++) {
      for (const j of [i + step, i - step]) if (j >= 0 && j < list.length && !pool.includes(j)) pool.push(j);
    }
    article.related = pool.slice(0, want).map((j) => at(list, j).id);
  });

  // Planted phrases: targets spread evenly; each word of a phrase scattered over other articles.
  const plantRng = stream(seed, 'planted');
  const plantedCount = Math.min(PLANTED, list.length);
  // Phrases of frequent words first (at least one of every three planted), then rare-word phrases.
  const common = Math.min(PLANTED_COMMON, Math.ceil(plantedCount / 3));
  const phrases = [...shuffle(plantRng, COMMON_PHRASES).slice(0, common), ...shuffle(plantRng, PHRASES).slice(0, plantedCount - common)];
  /** @type {Map<number, string[]>} sentences to insert, by article index */
  const extra = new Map();
  /** @param {number} i @param {string} sentence */
  const add = (i, sentence) => extra.set(i, [...(extra.get(i) ?? []), sentence]);
  /** @type {Planted[]} */
  const planted = [];
  const plantTargets = new Map();
  phrases.forEach((entry, p) => {
    const target = Math.floor(((p + 0.5) * list.length) / plantedCount);
    const article = at(list, target);
    planted.push({ phrase: entry.phrase, articleId: article.id, title: article.title, number: article.number });
    plantTargets.set(target, entry);
    const others = list.length - 1;
    const per = Math.min(SCATTER, others);
    /** @type {Set<number>} articles that already hold a word of this phrase */
    const used = new Set([target]);
    for (const [word, sentences] of Object.entries(entry.scatter)) {
      /** @type {Set<number>} */
      const chosen = new Set();
      for (let tries = 0; chosen.size < per; tries++) {
        const j = Math.floor(plantRng() * list.length);
        if (j === target || chosen.has(j)) continue;
        // Prefer articles without another word of the same phrase while there are enough left.
        if (used.has(j) && tries < 200 && used.size < list.length) continue;
        chosen.add(j);
      }
      for (const j of chosen) {
        used.add(j);
        add(j, pick(plantRng, sentences));
      }
      if (!entry.phrase.split(' ').includes(word)) throw new Error(`scatter word ${word} is not in "${entry.phrase}"`);
    }
  });

  /** @type {Record<string, string>} */
  const files = {};
  files['atlas/volumes.yaml'] = volumes
    .map((v) => `- id: ${v.id}\n  number: ${q(v.number)}\n  title: ${q(v.title)}\n  summary: ${q(v.summary)}\n  order: ${v.order}\n`)
    .join('\n');
  files['atlas/chapters.yaml'] = chapters
    .map(
      (c) =>
        `- id: ${c.id}\n  number: ${q(c.number)}\n  volume: ${c.volume}\n  title: ${q(c.title)}\n  summary: ${q(c.summary)}\n  order: ${c.order}\n`,
    )
    .join('\n');
  files['atlas/sections.yaml'] = sections
    .map(
      (s) =>
        `- id: ${s.id}\n  number: ${q(s.number)}\n  chapter: ${s.chapter}\n  order: ${s.order}\n  title: ${q(s.title)}\n  summary: ${q(s.summary)}\n  introduction: >-\n${wrap(s.introduction, 88).map((l) => `    ${l}`).join('\n')}\n`,
    )
    .join('\n');
  files['glossary.yaml'] = glossary(stream(seed, 'glossary'), list);
  list.forEach((article, i) => {
    const plant = plantTargets.get(i);
    const body = articleBody(stream(seed, `body:${i}`), article.ctx, plant ? plant.plant : [], extra.get(i) ?? []);
    files[`articles/${article.id}.mdx`] = `${frontmatter(article)}\n${body}`;
  });

  return {
    files,
    planted,
    counts: { volumes: volumes.length, chapters: chapters.length, sections: sections.length, articles: list.length },
  };
}

/** @param {ArticleRec} a */
function frontmatter(a) {
  const sources = a.sources.map((s) => `  - title: ${q(s.title)}\n    publisher: ${q(s.publisher)}`).join('\n');
  return [
    '---',
    `number: ${q(a.number)}`,
    `title: ${q(a.title)}`,
    `summary: ${q(a.summary)}`,
    `section: ${a.section}`,
    `order: ${a.order}`,
    `related: [${a.related.join(', ')}]`,
    `sources:\n${sources}`,
    'owner: "Sales Enablement"',
    `reviewed: 2026-${String((a.order % 12) + 1).padStart(2, '0')}-${String((a.order % 27) + 1).padStart(2, '0')}`,
    '---',
    '',
  ].join('\n');
}

/** A section introduction of 80 to 150 words that ends by naming the articles. @param {Rng} rng @param {Context} ctx @param {string[]} titles */
function introduction(rng, ctx, titles) {
  const open = fill(rng, pick(rng, INTRO_OPEN), ctx);
  const close = titles.length === 1 ? `The article is ${titles[0]}.` : `The articles are ${listing(titles, '; ')}.`;
  const closeEnd = /[.?!]$/.test(at(titles, titles.length - 1)) ? close.slice(0, -1) : close;
  const parts = [open];
  let count = words(open) + words(closeEnd);
  for (const sentence of shuffle(rng, INTRO_FILL)) {
    if (count >= 95) break;
    const text = fill(rng, sentence, ctx);
    const n = words(text);
    if (count + n > 150) continue;
    parts.push(text);
    count += n;
  }
  parts.push(closeEnd);
  return parts.join(' ');
}

/** @param {Rng} rng @param {ArticleRec[]} list */
function glossary(rng, list) {
  return shuffle(rng, GLOSSARY)
    .slice(0, 10)
    .map(([term, short, explanation]) => {
      const count = Math.min(int(rng, 1, 2), list.length);
      /** @type {Set<string>} */
      const ids = new Set();
      while (ids.size < count) ids.add(pick(rng, list).id);
      const lines = wrap(/** @type {string} */ (explanation), 88).map((l) => `    ${l}`).join('\n');
      return `- id: ${slug(/** @type {string} */ (term))}\n  term: ${q(/** @type {string} */ (term))}\n  short: ${q(/** @type {string} */ (short))}\n  explanation: >-\n${lines}\n  related: [${[...ids].join(', ')}]\n`;
    })
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Article bodies

/**
 * @typedef {{ text: string, words: number, fixed: boolean }} Sentence
 * @typedef {{ kind: 'h2' | 'h3' | 'quote', text: string }
 *   | { kind: 'p', sentences: Sentence[] }
 *   | { kind: 'ul' | 'ol', items: string[] }} Block
 */

const MIN_WORDS = 400;
const MAX_WORDS = 900;

/**
 * The MDX body: a lead paragraph, three to five `##` sections (lists, a quote, sometimes `###`
 * subsections and a numbered list) and a final "## Key points" list, 400 to 900 words.
 * @param {Rng} rng @param {Context} ctx @param {readonly string[]} plant @param {readonly string[]} scatter
 */
function articleBody(rng, ctx, plant, scatter) {
  const body = new Deck(rng, BODY);
  /** @param {string} template @param {boolean} [fixed] @returns {Sentence} */
  const sentence = (template, fixed = false) => {
    const text = fill(rng, template, ctx);
    return { text, words: words(text), fixed };
  };
  /** @type {Extract<Block, { kind: 'p' }>[]} paragraphs of general prose, which may grow or shrink */
  const prose = [];
  /** @param {Sentence[]} sentences @returns {Block} */
  const proseParagraph = (sentences) => {
    /** @type {Extract<Block, { kind: 'p' }>} */
    const p = { kind: 'p', sentences };
    prose.push(p);
    return p;
  };
  /** @param {number} count @returns {Block} */
  const paragraph = (count) => proseParagraph(Array.from({ length: count }, () => sentence(body.draw())));

  /** @type {Block[]} */
  const blocks = [];
  /** @type {Extract<Block, { kind: 'p' }>} */
  const lead = { kind: 'p', sentences: [sentence(pick(rng, LEAD), true), sentence(body.draw()), sentence(pick(rng, LEAD_CLOSE), true)] };
  blocks.push(lead);

  const sectionCount = int(rng, 3, 5);
  const headings = shuffle(rng, H2).slice(0, sectionCount);
  const managerSection = rng() < 0.4 ? sectionCount - 1 : -1;
  const bulletSection = int(rng, 0, sectionCount - 1);
  const quoteSection = int(rng, 0, sectionCount - 1);
  const numberedSection = rng() < 0.4 ? int(rng, 0, sectionCount - 1) : -1;
  const subSection = rng() < 0.5 ? int(rng, 0, sectionCount - 1) : -1;
  const exampleSection = int(rng, 0, sectionCount - 1);
  const h3 = shuffle(rng, H3);
  const bullets = shuffle(rng, BULLETS);
  const plain = shuffle(rng, PLAIN_BULLETS);
  const steps = shuffle(rng, STEPS);
  const keys = shuffle(rng, KEY_POINTS);

  for (let s = 0; s < sectionCount; s++) {
    if (s === managerSection) {
      blocks.push({ kind: 'h2', text: 'For sales managers' });
      blocks.push(proseParagraph(shuffle(rng, MANAGER).slice(0, 2).map((t) => sentence(t))));
    } else {
      blocks.push({ kind: 'h2', text: fill(rng, at(headings, s), ctx) });
      blocks.push(paragraph(2));
    }
    if (s === exampleSection) {
      blocks.push({ kind: 'p', sentences: pick(rng, EXAMPLES).map((t) => sentence(t, true)) });
    }
    if (s === bulletSection) {
      const count = int(rng, 3, 5);
      const items =
        rng() < 0.6
          ? bullets.slice(0, count).map(([label, text]) => `**${label}.** ${fill(rng, /** @type {string} */ (text), ctx)}`)
          : plain.slice(0, count).map((t) => fill(rng, t, ctx));
      blocks.push({ kind: 'ul', items });
    }
    if (s === quoteSection) {
      blocks.push({ kind: 'quote', text: `${pick(rng, QUOTES)} — ${pick(rng, QUOTE_BY)}` });
      blocks.push(paragraph(2));
    }
    if (s === numberedSection) {
      blocks.push({ kind: 'p', sentences: [sentence('A simple way to begin:', true)] });
      blocks.push({ kind: 'ol', items: steps.slice(0, int(rng, 3, 5)).map((t) => fill(rng, t, ctx)) });
    }
    if (s === subSection) {
      const count = int(rng, 2, 3);
      for (let k = 0; k < count; k++) {
        blocks.push({ kind: 'h3', text: at(h3, k) });
        blocks.push(paragraph(2));
      }
    }
  }
  blocks.push({ kind: 'h2', text: 'Key points' });
  blocks.push({ kind: 'ul', items: keys.slice(0, int(rng, 3, 5)).map((t) => fill(rng, t, ctx)) });

  const sectionParagraphs = prose;
  const paragraphs = [lead, ...prose];

  // Planted sentences: one early (lead or first section), one later; scattered words anywhere.
  /** @param {Extract<Block, { kind: 'p' }>} p @param {string} text */
  const insert = (p, text) => {
    const position = int(rng, 1, p.sentences.length - 1);
    p.sentences.splice(position, 0, { text, words: words(text), fixed: true });
  };
  const [early, late] = plant;
  if (early !== undefined) insert(rng() < 0.5 ? lead : at(sectionParagraphs, 0), early);
  if (late !== undefined) insert(pick(rng, sectionParagraphs.slice(1).length ? sectionParagraphs.slice(1) : sectionParagraphs), late);
  for (const text of scatter) {
    const a = pick(rng, sectionParagraphs);
    const b = pick(rng, sectionParagraphs);
    insert(a.sentences.length <= b.sentences.length ? a : b, text);
  }

  // Grow to a target length, then trim if the fixed parts pushed it over the limit.
  const count = () => blocks.reduce((n, b) => n + blockWords(b), 0);
  let total = count();
  const target = int(rng, 480, 820);
  while (total < target) {
    const a = pick(rng, sectionParagraphs);
    const b = pick(rng, sectionParagraphs);
    const p = a.sentences.length <= b.sentences.length ? a : b;
    const added = sentence(body.draw());
    p.sentences.splice(int(rng, 0, p.sentences.length), 0, added);
    total += added.words;
  }
  while (total > MAX_WORDS - 20) {
    const p = paragraphs.find((x) => x.sentences.filter((y) => !y.fixed).length > 1) ?? paragraphs.find((x) => x.sentences.some((y) => !y.fixed) && x.sentences.length > 1);
    if (!p) break;
    const index = p.sentences.findIndex((y) => !y.fixed);
    total -= at(p.sentences, index).words;
    p.sentences.splice(index, 1);
  }
  if (total < MIN_WORDS || total > MAX_WORDS) throw new Error(`article body has ${total} words, outside ${MIN_WORDS}..${MAX_WORDS}`);

  return `${blocks.map(render).join('\n\n')}\n`;
}

/** @param {Block} block */
function blockWords(block) {
  switch (block.kind) {
    case 'p':
      return block.sentences.reduce((n, s) => n + s.words, 0);
    case 'ul':
    case 'ol':
      return block.items.reduce((n, item) => n + words(item), 0);
    default:
      return words(block.text);
  }
}

/** @param {Block} block */
function render(block) {
  switch (block.kind) {
    case 'h2':
      return `## ${block.text}`;
    case 'h3':
      return `### ${block.text}`;
    case 'quote':
      return `> ${block.text}`;
    case 'p':
      return block.sentences.map((s) => s.text).join(' ');
    case 'ul':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'ol':
      return block.items.map((item, i) => `${i + 1}. ${item}`).join('\n');
  }
}

// ---------------------------------------------------------------------------------------------
// Writing and the command line

/**
 * Writes a corpus under `dir`, removing whatever was there first.
 * @param {string} dir @param {Corpus} corpus
 */
export function writeCorpus(dir, corpus) {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set();
  for (const [path, text] of Object.entries(corpus.files)) {
    const file = join(dir, path);
    const parent = dirname(file);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(file, text);
  }
}

/** @param {string[]} argv */
function main(argv) {
  /** @param {string} name */
  const option = (name) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const articles = Number(option('articles'));
  const out = option('out');
  const seed = Number(option('seed') ?? '1');
  const plantedFile = option('planted');
  if (!Number.isInteger(articles) || articles < 1 || !out || !Number.isInteger(seed)) {
    console.error('usage: node bench/generate-corpus.mjs --articles N --out DIR [--seed S] [--planted FILE.json]');
    process.exit(2);
  }
  const started = performance.now();
  const corpus = generateCorpus({ articles, seed });
  const generated = performance.now();
  writeCorpus(resolve(out), corpus);
  const written = performance.now();
  if (plantedFile) {
    mkdirSync(dirname(resolve(plantedFile)), { recursive: true });
    writeFileSync(plantedFile, `${JSON.stringify(corpus.planted, null, 2)}\n`);
  }
  const { volumes, chapters, sections } = corpus.counts;
  console.log(
    `${out}: ${corpus.counts.articles} articles, ${sections} sections, ${chapters} chapters, ${volumes} volumes; ` +
      `${corpus.planted.length} planted phrases (seed ${seed}); generated in ${Math.round(generated - started)} ms, written in ${Math.round(written - generated)} ms`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
