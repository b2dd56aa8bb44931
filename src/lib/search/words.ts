/** Words of a query or a page for search: tokens, stop words and a light English stemmer. Pure. */

/**
 * Words too common to tell pages apart. They never lift a page on their own and are never marked
 * on their own; inside a matched phrase ("bag of wind") they are part of the phrase.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'has', 'have', 'how', 'i', 'in', 'is', 'it', 'its',
  'of', 'on', 'or', 'our', 'that', 'the', 'their', 'them', 'they', 'this', 'to', 'was', 'we', 'what', 'when', 'who',
  'will', 'with', 'you', 'your',
]);

/** A word already in the form search compares (most words of a page): nothing to normalize. */
const PLAIN = /^[a-z0-9]*$/;

/** One word as search compares it: lower case, letters and digits only ("Wind." → "wind", "don't" → "dont"). */
export function normalizeWord(word: string): string {
  if (PLAIN.test(word)) return word;
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower-case words of a text, punctuation dropped ("Bag, of WIND" → ["bag", "of", "wind"]). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}']+/u).map(normalizeWord).filter(Boolean);
}

/** True for a word that search ignores on its own. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(normalizeWord(word));
}

/** The words of a query that tell pages apart: stop words left out ("bag of wind" → ["bag", "wind"]). */
export function contentWords(query: string): string[] {
  return words(query).filter((w) => !STOP_WORDS.has(w));
}

const VOWEL = /[aeiouy]/;

/**
 * A light English stem, so that "kickers", "kicker", "pricing", "prices" and "priced" meet
 * ("kicker", "kicker", "pric", "pric", "pric"). Not a full Porter stemmer: plurals, -ing, -ed and a
 * final e, which is what typed queries and handbook prose differ by.
 */
export function stem(word: string): string {
  let w = normalizeWord(word);
  if (w.length <= 2 || /^\d/.test(w)) return w;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(ch|sh|x|z)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  for (const suffix of ['ing', 'ed']) {
    const base = w.slice(0, -suffix.length);
    if (w.endsWith(suffix) && !w.endsWith('eed') && base.length >= 2 && VOWEL.test(base)) {
      w = /([^aeiouylsz])\1$/.test(base) ? base.slice(0, -1) : base;
      break;
    }
  }
  if (w.endsWith('e') && !w.endsWith('ee') && w.length > 2) w = w.slice(0, -1);
  return w;
}

/** A stem function that remembers its answers, for the many repeated words of one page. */
export function stemmer(): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let found = known.get(word);
    if (found === undefined) known.set(word, (found = stem(word)));
    return found;
  };
}

/** Whether a value read from a build-time JSON file is a non-empty string. */
export const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
