import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerOptions } from '../../../src/lib/worksheets/customer-type-quiz/answer-options';
import { criteria } from '../../../src/lib/worksheets/ideal-customer-checklist/criteria';
import { asksLabel, minutesPerRound, SECONDS_PER, timeEstimate, worksheetEfforts, type WorksheetEffort } from '../../../src/lib/worksheets/effort';

describe('worksheet time estimates', () => {
  it.each([
    [{ asks: 8, kind: 'choice', per: 'contact' }, 'About 3 minutes per contact', '8 questions'],
    [{ asks: 6, kind: 'rating', per: 'customer' }, 'About 3 minutes per customer', '6 ratings'],
    [{ asks: 11, kind: 'figure', per: 'customer' }, 'About 5 minutes per customer', '11 figures'],
    [{ asks: 1, kind: 'choice', per: 'contact' }, 'About 1 minute per contact', '1 question'],
    [{ asks: 0, kind: 'rating', per: 'customer' }, 'About 1 minute per customer', '0 ratings'],
  ] as [WorksheetEffort, string, string][])('%j reads %j (%s)', (effort, estimate, asks) => {
    expect(timeEstimate(effort)).toBe(estimate);
    expect(asksLabel(effort)).toBe(asks);
  });

  it('counts what each worksheet really asks', () => {
    expect(worksheetEfforts['customer-type-quiz'].asks).toBe(Object.keys(answerOptions).length);
    expect(worksheetEfforts['ideal-customer-checklist'].asks).toBe(criteria.length);
    expect(worksheetEfforts['customer-value'].asks).toBeGreaterThan(5);
  });

  it('never promises less time than the answers take at their pace, give or take half a minute (property)', () => {
    const effort = fc.record({ asks: fc.integer({ min: 0, max: 60 }), kind: fc.constantFrom('choice', 'rating', 'figure'), per: fc.constantFrom('contact', 'customer') });
    fc.assert(
      fc.property(effort, (e) => {
        const seconds = SECONDS_PER.naming + e.asks * SECONDS_PER[e.kind];
        const minutes = minutesPerRound(e);
        return minutes >= 1 && Math.abs(minutes * 60 - seconds) <= 30 + (minutes === 1 ? 60 : 0);
      }),
    );
  });

  it('grows with what is asked (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), fc.constantFrom('choice', 'rating', 'figure'), (a, b, kind) => {
        const m = (asks: number) => minutesPerRound({ asks, kind, per: 'contact' });
        return a <= b ? m(a) <= m(b) : m(a) >= m(b);
      }),
    );
  });
});
