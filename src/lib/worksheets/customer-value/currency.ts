/** Currencies: read from amount cells ("$90,713.67", "90.713,67 €", "EUR 45.000"), named on the page and in exports. */

/** Currency codes the worksheet knows, with the sign the page writes before an amount. */
export const currencies = { EUR: '€', USD: '$', GBP: '£', CHF: 'CHF ', JPY: '¥', CAD: 'CA$', AUD: 'A$', SEK: 'SEK ', NOK: 'NOK ', DKK: 'DKK ', INR: '₹', PLN: 'PLN ', CZK: 'CZK ' } as const;
/** A known currency code. */
export type CurrencyCode = keyof typeof currencies;
/** Codes in the order the mapping step offers them. */
export const currencyCodes = Object.keys(currencies) as CurrencyCode[];

/** An amount as the page writes it with its currency: "€12,400", "CHF 12,400", "−$1,250"; the bare amount when none is set. */
export function withCurrency(text: string, code: CurrencyCode | '' | undefined): string {
  if (!code) return text;
  const sign = currencies[code];
  return text.startsWith('−') ? `−${sign}${text.slice(1)}` : `${sign}${text}`;
}

/** A currency's name in a sentence: "EUR (€)", or "no currency set". */
export function currencyLabel(code: CurrencyCode | '' | undefined): string {
  return code ? (currencies[code].trim() === code ? code : `${code} (${currencies[code].trim()})`) : 'no currency set';
}
