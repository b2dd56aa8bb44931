/** Atlas numbers: `volume.chapter.section.article`, shown as `5.03.01.04`, printed by the handbook as `5.030104`. */

/** The number of a child from its parent's number and its order, e.g. ("5.03", 1) → "5.03.01". */
export function childNumber(parent: string, order: number): string {
  return `${parent}.${String(order).padStart(2, '0')}`;
}

/** The handbook's compact form of a dotted number, e.g. "5.03.01.04" → "5.030104". */
export function compactNumber(dotted: string): string {
  const [volume, ...rest] = dotted.split('.');
  return rest.length === 0 ? (volume ?? '') : `${volume}.${rest.join('')}`;
}

/**
 * Reads an article number typed in either form ("5.03.01.04", "5.030104", "5.3.1.4") and
 * returns the dotted form, or null when the text is not an article number.
 */
export function parseArticleNumber(input: string): string | null {
  const text = input.trim();
  const dotted = /^(\d+)\.(\d{1,2})\.(\d{1,2})\.(\d{1,2})$/.exec(text);
  if (dotted) {
    const [, volume, ...parts] = dotted;
    return [volume, ...parts.map((p) => (p ?? '').padStart(2, '0'))].join('.');
  }
  const compact = /^(\d+)\.(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (compact) {
    const [, volume, chapter, section, article] = compact;
    return `${volume}.${chapter}.${section}.${article}`;
  }
  return null;
}

/** The levels of an article number, in order. */
export const NUMBER_LEVELS = ['volume', 'chapter', 'section', 'article'] as const;

/** How an article number reads, e.g. "5.03.01.04" → "volume 5, chapter 3, section 1, article 4"; null when it is not one. */
export function readNumber(number: string): string | null {
  const dotted = parseArticleNumber(number);
  if (dotted === null || dotted !== number.trim()) return null;
  return dotted
    .split('.')
    .map((part, i) => `${NUMBER_LEVELS[i]} ${Number.parseInt(part, 10)}`)
    .join(', ');
}
