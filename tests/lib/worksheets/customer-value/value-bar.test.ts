/** The value bar: parts too small to see merged into "other", the legend only what is drawn, and the figures in words. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barFigures, barLegend, barParts, minShare, valueParts } from '../../../../src/lib/worksheets/customer-value/value-bar';

const v = (clv: number, crv = 0, civ = 0, ckv = 0) => ({ clv, crv, civ, ckv, cev: clv + crv + civ + ckv });
const keys = (value: ReturnType<typeof v>, scale = 1000) => barParts(value, scale).map((p) => [p.key, p.amount, Number(p.width.toFixed(2)), p.merged]);

describe('barParts', () => {
  it.each([
    ['all four large', v(400, 300, 200, 100), [['clv', 400, 40, []], ['crv', 300, 30, []], ['civ', 200, 20, []], ['ckv', 100, 10, []]]],
    ['two small parts merge into other', v(900, 20, 0, 10), [['clv', 900, 90, []], ['other', 30, 3, ['crv', 'ckv']]]],
    ['one small part still becomes other', v(970, 30), [['clv', 970, 97, []], ['other', 30, 3, ['crv']]]],
    ['exactly 4% stays itself', v(96, 4), [['clv', 96, 9.6, []], ['crv', 4, 0.4, []]]],
    ['a lone tiny part is drawn as itself', v(0, 5), [['crv', 5, 0.5, []]]],
    ['a loss is one loss part', v(-300, 0, 100), [['loss', -200, 20, []]]],
    ['a negative CLV outweighed by referrals draws the positive parts', v(-100, 600), [['crv', 600, 60, []]]],
    ['nothing to draw', v(0), []],
    ['wider than the scale is capped at the track', v(1500, 500), [['clv', 1500, 75, []], ['crv', 500, 25, []]]],
  ] as const)('%s', (_name, value, expected) => {
    expect(keys(value)).toEqual(expected);
  });

  const amount = fc.integer({ min: -1_000_000, max: 1_000_000 });
  it('never draws a part under 4% of the bar beside another part, keeps every amount and fills no more than the track (property)', () => {
    fc.assert(
      fc.property(amount, amount, amount, amount, fc.integer({ min: 1, max: 5_000_000 }), (clv, crv, civ, ckv, scale) => {
        const value = v(clv, crv, civ, ckv);
        const parts = barParts(value, scale);
        const width = parts.reduce((sum, p) => sum + p.width, 0);
        expect(width).toBeLessThanOrEqual(100 + 1e-9);
        if (parts[0]?.key === 'loss' || parts.length === 0) return;
        const total = valueParts.reduce((sum, k) => sum + Math.max(0, value[k]), 0);
        expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBeCloseTo(total, 6);
        const named = parts.filter((p) => p.key !== 'other');
        if (parts.length > 1) for (const p of named) expect(p.amount / total).toBeGreaterThanOrEqual(minShare);
        expect(parts.filter((p) => p.key === 'other').length).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('barLegend and barFigures', () => {
  it('lists only the keys some bar draws, in legend order', () => {
    const bars = [barParts(v(900, 20, 0, 10), 1000), barParts(v(-300), 1000), barParts(v(500, 500), 1000)];
    expect(barLegend(bars)).toEqual(['clv', 'crv', 'other', 'loss']);
    expect(barLegend([barParts(v(100), 100)])).toEqual(['clv']);
    expect(barLegend([])).toEqual([]);
  });

  it.each([
    [v(900, 20, 0, 10), 'CLV 900 · other (CRV, CKV) 30'],
    [v(120_000, 10_000, 13_000, 0), 'CLV 120,000 · CRV 10,000 · CIV 13,000'],
    [v(120_000, 10_000, 3_000, 0), 'CLV 120,000 · CRV 10,000 · other (CIV) 3,000'],
    [v(-5_000), 'Loss −5,000'],
    [v(0), 'No value yet'],
  ])('words the figures of %j', (value, words) => {
    expect(barFigures(barParts(value, 1_000_000))).toBe(words);
  });
});
