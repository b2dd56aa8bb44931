/** The print header's date, "3 December 2026" (en-GB, long), written without Intl: the first Intl date call of a page costs tens of milliseconds of main thread. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Printed 3 December 2026" for the local date of `date`. */
export function printedOn(date: Date): string {
  return `Printed ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
