/**
 * The chapter map's layout, as a transit diagram: each section is a line, each article a stop.
 * Lines are stacked into columns in reading order (section 1 at the top of the first column), so
 * that the tallest column is as short as it can be: the whole chapter then fits on one screen.
 * Heights are counted in rows: one row per stop, plus `headRows` for a line's head (its badge,
 * title and one-line summary). Pure: counts in, positions out.
 */

/** A section as the map needs it: its id and how many stops (articles) its line has. */
export interface MapLineInput {
  id: string;
  stops: number;
}

/** A line placed on the map: its column, its first row in that column and how many rows it spans. */
export interface MapLine {
  id: string;
  column: number;
  row: number;
  rows: number;
}

/** The whole map: every line placed, the number of columns used and the tallest column's rows. */
export interface ChapterMapLayout {
  lines: MapLine[];
  columns: number;
  rows: number;
}

/** Rows a line takes on the map: its head plus one per stop. */
export function lineRows(stops: number, headRows: number): number {
  return headRows + Math.max(0, stops);
}

/**
 * Splits the line heights, in order, into at most `columns` consecutive groups so that the
 * tallest group is as short as possible (the classic linear partition, solved exactly). Returns
 * the index at which each group starts; ties prefer putting more into earlier columns.
 */
export function partitionStarts(heights: readonly number[], columns: number): number[] {
  const n = heights.length;
  const k = Math.max(1, Math.min(Math.floor(columns), n));
  if (n === 0) return [];
  const prefix = [0];
  for (const h of heights) prefix.push(prefix.at(-1)! + h);
  const sum = (from: number, to: number) => prefix[to]! - prefix[from]!;
  // best[j][i]: the least possible tallest column when the first i lines fill j columns.
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const cut: number[][] = Array.from({ length: k + 1 }, () => new Array<number>(n + 1).fill(0));
  best[0]![0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = j; i <= n; i++) {
      for (let s = i - 1; s >= j - 1; s--) {
        const tallest = Math.max(best[j - 1]![s]!, sum(s, i));
        if (tallest < best[j]![i]!) {
          best[j]![i] = tallest;
          cut[j]![i] = s;
        }
      }
    }
  }
  const starts: number[] = [];
  for (let j = k, i = n; j >= 1; j--) {
    const s = cut[j]![i]!;
    starts.unshift(s);
    i = s;
  }
  return starts;
}

/** Places every line of a chapter on a map of at most `columns` columns (see the file comment). */
export function layoutChapterMap(lines: readonly MapLineInput[], columns: number, headRows = 3): ChapterMapLayout {
  const heights = lines.map((line) => lineRows(line.stops, headRows));
  const starts = partitionStarts(heights, columns);
  const placed: MapLine[] = [];
  let tallest = 0;
  starts.forEach((start, column) => {
    const end = starts[column + 1] ?? lines.length;
    let row = 0;
    for (let i = start; i < end; i++) {
      placed.push({ id: lines[i]!.id, column, row, rows: heights[i]! });
      row += heights[i]!;
    }
    tallest = Math.max(tallest, row);
  });
  return { lines: placed, columns: starts.length, rows: tallest };
}

/** Groups placed lines by column, in order: what a template renders as one column each. */
export function mapColumns<T extends { id: string }>(layout: ChapterMapLayout, items: readonly T[]): T[][] {
  const byId = new Map(items.map((item) => [item.id, item]));
  const columns: T[][] = Array.from({ length: layout.columns }, () => []);
  for (const line of layout.lines) {
    const item = byId.get(line.id);
    if (item) columns[line.column]!.push(item);
  }
  return columns;
}

/** The stop's own number on its line: the last part of an article number ("5.03.01.04" gives "4"). */
export function stopNumber(articleNumber: string): string {
  const last = articleNumber.split('.').at(-1) ?? articleNumber;
  return String(Number.parseInt(last, 10) || last);
}
