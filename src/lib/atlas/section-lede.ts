/** A section's lede: the one or two sentences its page opens with, before the list of its articles. */

/** The longest lede the schema accepts, in characters. */
export const LEDE_MAX_CHARS = 280;
/** The most sentences a lede may have. */
export const LEDE_MAX_SENTENCES = 2;

/** Counts the sentences of a short text: runs that end in `.`, `!` or `?` (or the end of the text). */
export function sentenceCount(text: string): number {
  const trimmed = text.trim();
  if (trimmed === '') return 0;
  // A sentence ends at . ! or ? (closing quotes and brackets may follow) before a space and a capital, digit or quote, or at the end.
  const ends = trimmed.match(/[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])/g)?.length ?? 0;
  return ends + 1;
}

/** The lede a section page opens with: its own `lede`, else its one-line summary. */
export function sectionLede(section: { lede?: string | undefined; summary: string }): string {
  return section.lede ?? section.summary;
}

/** The article titles a section's introduction repeats word for word (case and punctuation aside); the list below it already names them. */
export function repeatedTitles(introduction: string, titles: readonly string[]): string[] {
  const words = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const haystack = words(introduction);
  return titles.filter((title) => words(title).trim() !== '' && haystack.includes(words(title)));
}
