import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dayMonth, longDate, monthYear } from '../../../src/lib/site/calendar';

const intl = (day: string, options: Intl.DateTimeFormatOptions) =>
  new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', { ...options, timeZone: 'UTC' });

describe('calendar', () => {
  it.each([
    ['2026-03-14', 'March 2026', '14 March 2026', '14 Mar'],
    ['2026-01-01', 'January 2026', '1 January 2026', '1 Jan'],
    ['2025-09-30', 'September 2025', '30 September 2025', '30 Sept'],
    ['2024-12-31', 'December 2024', '31 December 2024', '31 Dec'],
  ])('%s reads %s, %s, %s', (day, month, long, short) => {
    expect(monthYear(day)).toBe(month);
    expect(longDate(day)).toBe(long);
    expect(dayMonth(day)).toBe(short);
  });

  it.each(['2026-3-14', '2026-13-01', '2026-00-10', '2026-03-00', '14/03/2026', ''])('refuses %j', (day) => {
    expect(() => monthYear(day)).toThrow(`"${day}" is not a YYYY-MM-DD day`);
  });

  it('writes what Intl writes for en-GB in UTC, for any day', () => {
    const days = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(days, (day) => {
        expect(monthYear(day)).toBe(intl(day, { month: 'long', year: 'numeric' }));
        expect(longDate(day)).toBe(intl(day, { day: 'numeric', month: 'long', year: 'numeric' }));
        expect(dayMonth(day)).toBe(intl(day, { day: 'numeric', month: 'short' }));
      }),
    );
  });
});
