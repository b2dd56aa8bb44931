import { MONTHS } from '../site/calendar';

/** "Printed 3 December 2026" for the local date of `date` (written without Intl: the first Intl date call of a page costs tens of milliseconds of main thread). */
export function printedOn(date: Date): string {
  return `Printed ${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()}`;
}
