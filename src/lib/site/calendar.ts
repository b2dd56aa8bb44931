/**
 * Dates as the site writes them (British English, read in UTC), without Intl: a build formats
 * thousands of dates, and each Intl date call costs far more than a table lookup.
 */

/** Month names, January first. */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Short month names as en-GB writes them ("Sept", not "Sep"). */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year, month (0-11) and day of the month of a YYYY-MM-DD day; throws on anything else. */
function parts(day: string): { year: number; month: number; date: number } {
  const match = DAY.exec(day);
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]) - 1, Number(match[3])] : [0, -1, 0];
  if (!match || month < 0 || month > 11 || date < 1 || date > 31) throw new Error(`"${day}" is not a YYYY-MM-DD day`);
  return { year, month, date };
}

/** "March 2026" for "2026-03-14". */
export function monthYear(day: string): string {
  const { year, month } = parts(day);
  return `${MONTHS[month]} ${year}`;
}

/** "14 March 2026" for "2026-03-14". */
export function longDate(day: string): string {
  const { year, month, date } = parts(day);
  return `${date} ${MONTHS[month]} ${year}`;
}

/** "14 Mar" for "2026-03-14" (en-GB's short month: "Sept" for September). */
export function dayMonth(day: string): string {
  const { month, date } = parts(day);
  return `${date} ${SHORT_MONTHS[month]}`;
}
