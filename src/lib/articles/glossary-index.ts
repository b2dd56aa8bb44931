/** The glossary's A–Z index: terms grouped by first letter, every letter listed (empty ones too). */

/** One letter of the index: its label, the anchor id of its group, and the terms filed under it. */
export interface LetterGroup<T> {
  letter: string;
  id: string;
  terms: T[];
}

const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** The letter a term is filed under: its first letter A–Z (accents dropped), or "#" for anything else. */
export function indexLetter(term: string): string {
  const first = term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').trim().charAt(0).toUpperCase();
  return ALPHABET.includes(first) ? first : '#';
}

/** Groups terms under "#" (when any) and A–Z, each group sorted by term; letters without terms get an empty group. */
export function letterGroups<T>(entries: readonly T[], termOf: (entry: T) => string): LetterGroup<T>[] {
  const sorted = [...entries].sort((a, b) => termOf(a).localeCompare(termOf(b), 'en', { sensitivity: 'base', numeric: true }));
  const groups = new Map<string, T[]>(ALPHABET.map((l) => [l, []]));
  for (const entry of sorted) {
    const letter = indexLetter(termOf(entry));
    if (!groups.has(letter)) groups.set(letter, []);
    groups.get(letter)!.push(entry);
  }
  const order = [...(groups.has('#') ? ['#'] : []), ...ALPHABET];
  return order.map((letter) => ({ letter, id: letter === '#' ? 'letter-numbers' : `letter-${letter.toLowerCase()}`, terms: groups.get(letter)! }));
}
