/**
 * Honest highlights: which words of a text match a query (whole words equal to a query word or
 * sharing its stem, or a run of the whole phrase), never a stop word on its own and never a
 * prefix inside a longer word. Pure.
 */
import { STOP_WORDS, contentWords, normalizeWord, stem, words } from './words';

/** A piece of text, marked when it matches the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** A word of a text with where it sits (character offsets). */
export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/** The words of a text with their offsets; "high-quality" gives two words, "don't" one. */
export function wordsAt(text: string): WordAt[] {
  const found: WordAt[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)) {
    const word = normalizeWord(m[0]);
    if (word) found.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return found;
}

/** Character ranges [start, end) of a text that match a query, sorted, disjoint, neighbours joined. */
export function matchRanges(text: string, query: string): [number, number][] {
  const have = wordsAt(text);
  const phrase = words(query);
  const stems = new Set(contentWords(query).map(stem));
  const ranges: [number, number][] = [];
  if (phrase.length >= 2) {
    for (let i = 0; i + phrase.length <= have.length; i++) {
      if (phrase.every((w, j) => have[i + j]!.word === w)) ranges.push([have[i]!.start, have[i + phrase.length - 1]!.end]);
    }
  }
  for (const w of have) {
    if (!STOP_WORDS.has(w.word) && stems.has(stem(w.word))) ranges.push([w.start, w.end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    // Overlapping matches, or neighbours with only a space between ("Tire kickers"), become one mark.
    if (last && (r[0] <= last[1] || /^\s+$/.test(text.slice(last[1], r[0])))) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A text cut into marked and unmarked segments for a query; joined, the segments give the text back. */
export function markText(text: string, query: string): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, query)) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: false });
  return segments;
}
