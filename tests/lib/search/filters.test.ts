import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filterOptions, visibleFilters } from '../../../src/lib/search/filters';
import { PHONE_MAX, panelBox } from '../../../src/lib/search/panel-box';

describe('filterOptions', () => {
  it('sorts filter values in atlas order, drops empty ones and keeps the selected one', () => {
    expect(filterOptions({ '5.03.10 Ten': 1, '5.03.02 Two': 4, '5.03.03 None': 0 }, '5.03.01 One')).toEqual([
      { value: '5.03.01 One', count: 0 },
      { value: '5.03.02 Two', count: 4 },
      { value: '5.03.10 Ten', count: 1 },
    ]);
    expect(filterOptions(undefined)).toEqual([]);
  });
});

describe('visibleFilters', () => {
  it.each([
    ['one chapter: hidden', { chapter: { '5.03 Customers': 36 } }, {}, []],
    ['a filter with no values: hidden', { section: {} }, {}, []],
    ['two types: shown', { type: { Article: 3, Glossary: 1 } }, {}, ['type']],
    ['one section, picked: shown to clear it', { section: { '5.03.01 A': 4 } }, { section: '5.03.01 A' }, ['section']],
    ['all three', { type: { A: 1, B: 1 }, chapter: { C: 1, D: 2 }, section: { E: 1, F: 1 } }, {}, ['type', 'chapter', 'section']],
    ['no counts yet', undefined, {}, []],
  ])('%s', (_name, counts, selected, names) => expect(visibleFilters(counts, selected).map((g) => g.name)).toEqual(names));

  it('never shows an empty group, nor one with a single unpicked value (property)', () => {
    const counts = fc.dictionary(fc.constantFrom('type', 'chapter', 'section', 'number'), fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.nat(5)));
    fc.assert(
      fc.property(counts, (c) => {
        for (const group of visibleFilters(c, {})) {
          expect(group.options.length).toBeGreaterThanOrEqual(2);
          expect(group.options.every((o) => o.count > 0)).toBe(true);
        }
      }),
    );
  });
});

describe('panelBox', () => {
  const grid390 = { left: 16, right: 374 };
  const grid1366 = { left: 123, right: 1243 };
  it.each([
    ['phone: the grid’s width under the field', { bottom: 100, left: 12, right: 230 }, { width: 390, height: 844 }, grid390, { top: 106, left: 16, width: 358, maxHeight: 730 }],
    ['desktop: 600 px from the field', { bottom: 52, left: 470, right: 920 }, { width: 1366, height: 900 }, grid1366, { top: 58, left: 470, width: 600, maxHeight: 834 }],
    ['desktop near the right edge: ends at the grid’s edge', { bottom: 52, left: 900, right: 1140 }, { width: 1366, height: 900 }, grid1366, { top: 58, left: 643, width: 600, maxHeight: 834 }],
    ['a field near the right of a narrow grid', { bottom: 52, left: 300, right: 500 }, { width: 700, height: 900 }, { left: 24, right: 676 }, { top: 58, left: 76, width: 600, maxHeight: 834 }],
    ['no grid given: the window less a margin', { bottom: 52, left: 1000, right: 1300 }, { width: 1366, height: 900 }, undefined, { top: 58, left: 758, width: 600, maxHeight: 834 }],
  ])('%s', (_name, field, view, grid, box) => expect(panelBox(field, view, grid)).toEqual(box));

  it('stays inside the content grid (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 320, max: 2560 }), fc.integer({ min: 400, max: 1600 }), fc.nat(1000), fc.nat(300), fc.integer({ min: 0, max: 200 }), (width, height, left, bottom, gutter) => {
        const grid = { left: Math.min(gutter, width / 4), right: width - Math.min(gutter, width / 4) };
        const box = panelBox({ bottom, left: Math.min(left, width - 50), right: Math.min(left + 300, width) }, { width, height }, grid);
        expect(box.left).toBeGreaterThanOrEqual(Math.round(grid.left));
        expect(box.left + box.width).toBeLessThanOrEqual(Math.round(grid.right));
        if (width < PHONE_MAX) expect(box.width).toBe(Math.round(grid.right) - Math.round(grid.left));
      }),
    );
  });
});
