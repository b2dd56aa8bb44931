/** Reading currencies from amount cells ("$90,713.67", "90.713,67 €", "EUR 45.000"); apart from currency.ts, so it loads only with an import. */
import type { CurrencyCode } from './currency';

const signs: [RegExp, CurrencyCode][] = [
  [/\b(CA\$|C\$|CAD)/i, 'CAD'],
  [/\b(A\$|AU\$|AUD)/i, 'AUD'],
  [/US\$|\bUSD\b|\$/i, 'USD'],
  [/€|\bEUR\b|\bEuro?s?\b/i, 'EUR'],
  [/£|\bGBP\b/i, 'GBP'],
  [/¥|\bJPY\b/i, 'JPY'],
  [/₹|\bINR\b/i, 'INR'],
  [/\bCHF\b|\bFr\./, 'CHF'],
  [/\bSEK\b/i, 'SEK'],
  [/\bNOK\b/i, 'NOK'],
  [/\bDKK\b/i, 'DKK'],
  [/\bPLN\b|zł/i, 'PLN'],
  [/\bCZK\b|Kč/i, 'CZK'],
];

/** The currency a cell names by sign or code, or null when it names none. */
export function currencyOf(cell: string): CurrencyCode | null {
  if (!/[^\d\s.,'()\-−%]/.test(cell)) return null;
  for (const [sign, code] of signs) if (sign.test(cell)) return code;
  return null;
}

/** The currencies a set of cells name, each with the first row it appears in. */
export function currenciesIn(cells: readonly { row: number; text: string }[]): Map<CurrencyCode, number> {
  const found = new Map<CurrencyCode, number>();
  for (const { row, text } of cells) {
    const code = currencyOf(text);
    if (code && !found.has(code)) found.set(code, row);
  }
  return found;
}
