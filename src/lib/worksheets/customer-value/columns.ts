/** The worksheet's fields as columns of an imported sheet: names in messages, and a first guess of which column holds which. */
import { clues, compactHeader, synonyms } from './header-words';

/** Fields a sheet's columns can fill, in the order the mapping step shows them. */
export const fieldIds = ['name', 'revenue', 'margin', 'costToServe', 'orders', 'lastOrder', 'years', 'retention', 'referrals', 'referralValue', 'influence', 'knowledge'] as const;
/** One field. */
export type FieldId = (typeof fieldIds)[number];

/** How a field is read from a cell. */
export type FieldKind = 'text' | 'amount' | 'percent' | 'count' | 'date' | 'years' | 'step';

/** A field: its label on the page, its name in messages, how it is read, and headers that usually hold it. */
export interface FieldSpec {
  label: string;
  /** Lower-case name used in messages: "row 14: revenue 'n/a' is not a number". */
  noun: string;
  kind: FieldKind;
  /** Headers (compared without case, spaces or signs) that name this field. */
  headers: string[];
  /** Words that, found in a header, suggest this field when no header matches exactly. */
  words: string[];
}

/** Every field. The name and revenue must be mapped; the rest may be left out. */
export const fields: Record<FieldId, FieldSpec> = {
  name: { label: 'Customer name', noun: 'name', kind: 'text', headers: ['account name', 'account', 'customer', 'customer name', 'company', 'company name', 'client', 'client name', 'organization', 'organisation', 'name'], words: ['account', 'customer', 'company', 'client'] },
  revenue: { label: 'Annual revenue', noun: 'revenue', kind: 'amount', headers: ['annual revenue', 'revenue', 'yearly revenue', 'revenue 12m', 'revenue last 12 months', 'sales', 'annual sales', 'turnover', 'total revenue'], words: ['revenue', 'sales', 'turnover'] },
  margin: { label: 'Gross margin %', noun: 'gross margin', kind: 'percent', headers: ['gross margin %', 'gross margin', 'margin', 'margin %', 'gm', 'gm %', 'gross margin pct'], words: ['margin'] },
  costToServe: { label: 'Yearly cost to serve', noun: 'cost to serve', kind: 'amount', headers: ['cost to serve', 'yearly cost to serve', 'annual cost to serve', 'service cost', 'cost of service', 'cts', 'support cost'], words: ['cost'] },
  orders: { label: 'Orders in the last 12 months', noun: 'orders', kind: 'count', headers: ['orders', 'orders last 12 months', 'orders 12 months', 'orders 12m', 'orders in the last 12 months', 'order count', 'number of orders', 'purchases'], words: ['orders', 'purchases'] },
  lastOrder: { label: 'Last order date', noun: 'last order date', kind: 'date', headers: ['last order date', 'last order', 'last purchase', 'last purchase date', 'most recent order', 'last invoice date'], words: ['last', 'date'] },
  years: { label: 'Expected years as a customer', noun: 'expected years', kind: 'years', headers: ['expected years', 'years', 'expected lifetime', 'lifetime years', 'expected years as a customer'], words: ['years', 'lifetime'] },
  retention: { label: 'Retention rate %', noun: 'retention', kind: 'percent', headers: ['retention', 'retention %', 'retention rate', 'retention rate %', 'renewal rate'], words: ['retention', 'renewal'] },
  referrals: { label: 'Referrals (customers they sent)', noun: 'referrals', kind: 'count', headers: ['referrals', 'referral count', 'referred customers', 'referrals customers they sent'], words: ['referrals', 'referred'] },
  referralValue: { label: 'Value per referral', noun: 'referral value', kind: 'amount', headers: ['value per referral', 'referral value', 'value each'], words: ['per referral'] },
  influence: { label: 'Influence (0-4)', noun: 'influence', kind: 'step', headers: ['influence', 'influence rating', 'influence 0 4'], words: ['influence'] },
  knowledge: { label: 'Knowledge (0-4)', noun: 'knowledge', kind: 'step', headers: ['knowledge', 'knowledge rating', 'knowledge 0 4', 'feedback'], words: ['knowledge'] },
};

/** Fields a sheet must have. */
export const requiredFields: readonly FieldId[] = ['name', 'revenue'];

/** Which column (index) fills each field; null when none does. */
export type Mapping = Record<FieldId, number | null>;

/** A header as compared: lower case, letters and digits only, single spaces. */
export function headerKey(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Every header form that names a field, compact (see `compactHeader`). */
const known = new Map<string, FieldId>();
for (const id of fieldIds) for (const h of [...(synonyms[id] ?? []), ...fields[id].headers]) if (!known.has(compactHeader(h, false))) known.set(compactHeader(h, false), id);

/**
 * A first guess of the mapping from a sheet's headers: a header that is a known name of a field
 * (in English, German, French, Spanish or Dutch, after dropping case, signs and CRM prefixes)
 * first, then a header containing a field's clue word. Each column fills at most one field; with
 * `rows`, a column empty in every row is passed over (it is not what the rep meant).
 */
export function guessMapping(headers: readonly string[], rows: readonly (readonly string[])[] = []): Mapping {
  const mapping = Object.fromEntries(fieldIds.map((id) => [id, null])) as Mapping;
  const empty = headers.map((_, i) => rows.length > 0 && rows.every((r) => (r[i] ?? '').trim() === ''));
  const taken = new Set<number>();
  const claim = (id: FieldId, test: (i: number) => boolean) => {
    if (mapping[id] !== null) return;
    const at = headers.findIndex((_, i) => !taken.has(i) && !empty[i] && test(i));
    if (at >= 0) (mapping[id] = at), taken.add(at);
  };
  const whole = headers.map((h) => compactHeader(h, false));
  const bare = headers.map((h) => compactHeader(h));
  for (const id of fieldIds) claim(id, (i) => known.get(whole[i]!) === id);
  for (const id of fieldIds) claim(id, (i) => known.get(bare[i]!) === id);
  for (const [id, clue] of clues) claim(id, (i) => clue.test(bare[i]!) && !/months?$/.test(bare[i]!));
  const keys = headers.map(headerKey);
  for (const id of fieldIds) claim(id, (i) => fields[id].words.some((w) => new RegExp(`\\b${w}\\b`).test(keys[i]!)));
  return mapping;
}
