/** Counted nouns in English, by the platform's plural rules: "1 customer", "2 customers". */

const rules = new Intl.PluralRules('en');

/** The count and its noun, singular or plural as English wants (`many` defaults to `one` + "s"). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${rules.select(n) === 'one' ? one : many}`;
}
