/** Geometry of the checklist's SVG bar charts, with the text that stands in for them. Pure numbers and strings. */
import { criteria, maxLevel, verdictIds, verdicts, type VerdictId } from './criteria';
import type { Ratings } from './schemas';

/** One bar: its label, its value as text, and where it sits. */
export interface Bar {
  key: string;
  label: string;
  valueText: string;
  y: number;
  /** Width of the filled part. */
  width: number;
  height: number;
}

/** A horizontal bar chart: labels on the left, a track per bar, values on the right. */
export interface BarChart {
  width: number;
  height: number;
  /** Where tracks start (after the labels) and how long they are. */
  trackX: number;
  trackWidth: number;
  /** Where the value texts start. */
  valueX: number;
  bars: Bar[];
  /** The chart said in words, for its text alternative. */
  summary: string;
}

const layout = { labelWidth: 230, trackWidth: 300, valueWidth: 130, row: 30, bar: 18, pad: 6 };

function barChart(rows: { key: string; label: string; valueText: string; fraction: number }[], summary: string): BarChart {
  const { labelWidth, trackWidth, valueWidth, row, bar, pad } = layout;
  return {
    width: labelWidth + trackWidth + valueWidth,
    height: rows.length * row + pad * 2,
    trackX: labelWidth,
    trackWidth,
    valueX: labelWidth + trackWidth + 8,
    bars: rows.map((r, i) => ({
      key: r.key,
      label: r.label,
      valueText: r.valueText,
      y: pad + i * row + (row - bar) / 2,
      width: Math.max(0, Math.min(1, r.fraction)) * trackWidth,
      height: bar,
    })),
    summary,
  };
}

/** One customer's criteria: each bar is the points earned out of the criterion's weight. */
export function criteriaChart(name: string, ratings: Ratings): BarChart {
  const rows = criteria.map((c) => {
    const level = ratings[c.id];
    const points = level === undefined ? 0 : Math.round((c.weight * level) / maxLevel);
    return {
      key: c.id,
      label: c.name,
      valueText: level === undefined ? 'not rated' : `${points} of ${c.weight} points`,
      fraction: level === undefined ? 0 : level / maxLevel,
    };
  });
  const said = rows.map((r) => `${r.label}: ${r.valueText}`).join('; ');
  return barChart(rows, `Criteria of ${name}. ${said}.`);
}

/** The whole list's verdicts: one bar per verdict, as long as its share of the customers. */
export function verdictChart(counts: Record<VerdictId, number>): BarChart {
  const total = verdictIds.reduce((sum, id) => sum + counts[id], 0);
  const most = Math.max(1, ...verdictIds.map((id) => counts[id]));
  const rows = verdictIds.map((id) => ({
    key: id,
    label: verdicts[id].label,
    valueText: `${counts[id]} ${counts[id] === 1 ? 'customer' : 'customers'}`,
    fraction: counts[id] / most,
  }));
  const said = rows.map((r) => `${r.label}: ${r.valueText}`).join('; ');
  return barChart(rows, `Verdicts of ${total} ${total === 1 ? 'customer' : 'customers'}. ${said}.`);
}
