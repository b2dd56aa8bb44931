/**
 * Reading one spreadsheet cell as a CRM exports it: amounts with currency signs and thousands
 * separators ("$1,234.50", "1.234,50 €", "(300)"), percentages ("35%"), and dates in the common
 * orders (2026-03-14, 14/03/2026, 03/14/2026, 14.03.2026, 14 Mar 2026).
 */

/** A cell read as a value, or why it could not be. */
export type CellResult<T> = { ok: true; value: T } | { ok: false; reason: string };

const dotGroups = /^\d{1,3}(\.\d{3})+$/;
const commaGroups = /^\d{1,3}(,\d{3})+$/;
const commaThousandsDot = /^\d{1,3}(,\d{3})*\.\d+$/;
const dotThousandsComma = /^\d{1,3}(\.\d{3})*,\d+$/;
const currency = /[$€£¥₹₩₽¢]|usd|eur|gbp|chf|jpy|cad|aud|sek|nok|dkk|inr/gi;

/**
 * Reads an amount. `decimalComma` says how to read one lone separator that could be either
 * ("1,5" or "1.5"): true for files that use a comma as the decimal mark (semicolon-separated ones).
 * Returns null for an empty cell.
 */
export function readNumber(text: string, decimalComma = false): CellResult<number | null> {
  if (/^\d{1,15}$/.test(text)) return { ok: true, value: Number(text) };
  let t = text.replace(/[\s\u00a0\u202f']/g, '');
  if (t === '' || t === '-' || t === '–') return { ok: true, value: null };
  let negative = false;
  if (/^\(.*\)$/.test(t)) (negative = true), (t = t.slice(1, -1));
  t = t.replace(currency, '').replace(/%$/, '');
  if (/^[-−]/.test(t)) (negative = true), (t = t.slice(1));
  t = t.replace(currency, '');
  if (!/^\d[\d.,]*$/.test(t) || /[.,]$/.test(t)) return { ok: false, reason: 'is not a number' };
  const dot = t.lastIndexOf('.');
  const comma = t.lastIndexOf(',');
  let decimal: '.' | ',' | null = null;
  if (dot >= 0 && comma >= 0) {
    decimal = dot > comma ? '.' : ',';
    if (!(decimal === '.' ? commaThousandsDot : dotThousandsComma).test(t)) return { ok: false, reason: 'is not a number' };
  } else if (dot >= 0 || comma >= 0) {
    const sep = dot >= 0 ? '.' : ',';
    const lone = t.indexOf(sep) === t.lastIndexOf(sep);
    const groups = (sep === '.' ? dotGroups : commaGroups).test(t);
    const natural = (sep === ',') === decimalComma;
    decimal = lone && (natural || !groups) ? sep : null;
    if (!decimal && !groups) return { ok: false, reason: 'is not a number' };
  }
  const plain = decimal === null ? t.replace(/[.,]/g, '') : decimal === '.' ? t.replace(/,/g, '') : t.replace(/\./g, '').replace(',', '.');
  const value = Number(plain);
  if (!Number.isFinite(value)) return { ok: false, reason: 'is not a number' };
  return { ok: true, value: negative ? -value : value };
}

/** Order of day and month in slashed dates such as 04/05/2026. */
export type DateOrder = 'dmy' | 'mdy';

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** An ISO date from its parts, or null when no such day exists. */
function isoDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** Reads a date as YYYY-MM-DD; null for an empty cell. A time after the date is ignored. */
export function readDate(text: string, order: DateOrder = 'mdy'): CellResult<string | null> {
  const t = text.trim().replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i, '').trim();
  if (t === '') return { ok: true, value: null };
  let m: RegExpMatchArray | null;
  let date: string | null = null;
  if ((m = t.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/))) date = isoDate(+m[1]!, +m[2]!, +m[3]!);
  else if ((m = t.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) date = isoDate(+m[3]!, +m[2]!, +m[1]!);
  else if ((m = t.match(/^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$/))) date = order === 'dmy' ? isoDate(+m[3]!, +m[2]!, +m[1]!) : isoDate(+m[3]!, +m[1]!, +m[2]!);
  else if ((m = t.match(/^(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ ,-]*(\d{4})$/i))) date = monthDate(m[3]!, m[2]!, m[1]!);
  else if ((m = t.match(/^([a-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})$/i))) date = monthDate(m[3]!, m[1]!, m[2]!);
  return date ? { ok: true, value: date } : { ok: false, reason: 'is not a date (write it like 2026-03-14)' };
}

function monthDate(year: string, month: string, day: string): string | null {
  const index = months.indexOf(month.toLowerCase());
  return index < 0 ? null : isoDate(+year, index + 1, +day);
}

/** The day/month order of a column of slashed dates: day first if any first part is over 12, month first if any second part is; else `fallback`. */
export function guessDateOrder(cells: readonly string[], fallback: DateOrder): DateOrder {
  let dmy = false;
  let mdy = false;
  for (const cell of cells) {
    const m = cell.trim().match(/^(\d{1,2})[/-](\d{1,2})[/-]\d{4}/);
    if (!m) continue;
    if (+m[1]! > 12) dmy = true;
    if (+m[2]! > 12) mdy = true;
  }
  return dmy && !mdy ? 'dmy' : mdy && !dmy ? 'mdy' : fallback;
}
