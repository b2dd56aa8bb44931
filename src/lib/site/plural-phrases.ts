/** Words that agree with a count without writing it ("it gives" or "them give"), by the platform's plural rules. */

const rules = new Intl.PluralRules('en');

/** `one` when English treats `n` as singular, else `many`: "this file" or "these files". */
export function agreeing(n: number, one: string, many: string): string {
  return rules.select(n) === 'one' ? one : many;
}
