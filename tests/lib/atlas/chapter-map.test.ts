import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutChapterMap, lineRows, mapColumns, partitionStarts, stopNumber } from '../../../src/lib/atlas/chapter-map';

/** Every way to cut `heights` into at most k consecutive groups: the least tallest group (brute force). */
function bruteTallest(heights: number[], k: number): number {
  if (heights.length === 0) return 0;
  let best = Infinity;
  const walk = (from: number, left: number, tallest: number) => {
    if (from === heights.length) {
      best = Math.min(best, tallest);
      return;
    }
    if (left === 0) return;
    let sum = 0;
    for (let to = from; to < heights.length; to++) {
      sum += heights[to]!;
      walk(to + 1, left - 1, Math.max(tallest, sum));
    }
  };
  walk(0, k, 0);
  return best;
}

const tallestOf = (heights: number[], starts: number[]) =>
  Math.max(0, ...starts.map((s, i) => heights.slice(s, starts[i + 1] ?? heights.length).reduce((a, b) => a + b, 0)));

describe('partitionStarts', () => {
  it.each([
    { heights: [], columns: 3, starts: [] },
    { heights: [5], columns: 3, starts: [0] },
    { heights: [5, 5], columns: 1, starts: [0] },
    { heights: [1, 1, 1], columns: 3, starts: [0, 1, 2] },
    // The real chapter with 3 head rows: 9, 10, 6, 10, 5, 8 rows -> [9 10] [6 10] [5 8].
    { heights: [9, 10, 6, 10, 5, 8], columns: 3, starts: [0, 2, 4] },
    { heights: [9, 10, 6, 10, 5, 8], columns: 2, starts: [0, 3] },
    { heights: [10, 1, 1, 1], columns: 2, starts: [0, 1] },
  ])('cuts $heights into $columns columns at $starts', ({ heights, columns, starts }) => {
    expect(partitionStarts(heights, columns)).toEqual(starts);
  });

  it('never does worse than any other cut (compared with brute force)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 9 }), fc.integer({ min: 1, max: 5 }), (heights, k) => {
        const starts = partitionStarts(heights, k);
        expect(tallestOf(heights, starts)).toBe(bruteTallest(heights, k));
      }),
    );
  });

  it('starts at 0, rises strictly and uses at most the columns asked for', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 20 }), fc.integer({ min: 1, max: 6 }), (heights, k) => {
        const starts = partitionStarts(heights, k);
        expect(starts.length).toBeLessThanOrEqual(k);
        if (heights.length > 0) expect(starts[0]).toBe(0);
        starts.forEach((s, i) => i > 0 && expect(s).toBeGreaterThan(starts[i - 1]!));
        starts.forEach((s) => expect(s).toBeLessThan(heights.length));
      }),
    );
  });
});

describe('layoutChapterMap', () => {
  const chapter = [
    { id: 'customer-concepts', stops: 6 },
    { id: 'good-and-bad-customers', stops: 7 },
    { id: 'good-customers-bad-events', stops: 3 },
    { id: 'make-it-personal', stops: 7 },
    { id: 'foreign-customers', stops: 2 },
    { id: 'customer-control', stops: 5 },
  ];

  it.each([
    { columns: 1, used: 1, rows: 48 },
    { columns: 2, used: 2, rows: 25 },
    { columns: 3, used: 3, rows: 19 },
  ])('lays the real chapter out in $columns column(s): $rows rows', ({ columns, used, rows }) => {
    const layout = layoutChapterMap(chapter, columns);
    expect(layout.columns).toBe(used);
    expect(layout.rows).toBe(rows);
  });

  it('places lines one under another within a column', () => {
    const layout = layoutChapterMap(chapter, 3);
    expect(layout.lines.slice(0, 2)).toEqual([
      { id: 'customer-concepts', column: 0, row: 0, rows: 9 },
      { id: 'good-and-bad-customers', column: 0, row: 9, rows: 10 },
    ]);
  });

  it('keeps every line exactly once, in reading order, without overlaps', () => {
    const lines = fc.array(fc.record({ id: fc.uuid(), stops: fc.integer({ min: 0, max: 12 }) }), { maxLength: 12 });
    fc.assert(
      fc.property(lines, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 4 }), (input, k, head) => {
        const layout = layoutChapterMap(input, k, head);
        expect(layout.lines.map((l) => l.id)).toEqual(input.map((l) => l.id));
        for (let i = 1; i < layout.lines.length; i++) {
          const [a, b] = [layout.lines[i - 1]!, layout.lines[i]!];
          if (a.column === b.column) expect(b.row).toBe(a.row + a.rows);
          else expect([b.column, b.row]).toEqual([a.column + 1, 0]);
        }
        for (const line of layout.lines) expect(line.row + line.rows).toBeLessThanOrEqual(layout.rows);
      }),
    );
  });

  it('groups items by column for rendering', () => {
    const layout = layoutChapterMap(chapter, 3);
    expect(mapColumns(layout, chapter).map((c) => c.map((s) => s.stops))).toEqual([[6, 7], [3, 7], [2, 5]]);
  });
});

describe('lineRows and stopNumber', () => {
  it.each([
    { stops: 0, head: 3, rows: 3 },
    { stops: 7, head: 3, rows: 10 },
    { stops: -1, head: 2, rows: 2 },
  ])('a line of $stops stops with a head of $head takes $rows rows', ({ stops, head, rows }) => {
    expect(lineRows(stops, head)).toBe(rows);
  });

  it.each([
    ['5.03.01.04', '4'],
    ['5.03.06.05', '5'],
    ['1.01.01.12', '12'],
    ['7', '7'],
  ])('%s is stop %s on its line', (number, stop) => {
    expect(stopNumber(number)).toBe(stop);
  });
});
