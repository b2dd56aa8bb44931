/**
 * The numbers behind a verdict: score, contributions, verdict and ranking, without the reasons
 * and next actions (`score.ts` adds those), so the ranked table loads no explanatory text.
 */
import { criteria, maxLevel, thresholds, verdictCaps, type CriterionId, type VerdictCap, type VerdictId } from './criteria';
import type { Ratings } from './schemas';

/** What one criterion adds to the score. */
export interface Contribution {
  criterion: CriterionId;
  name: string;
  level: number;
  points: number;
  /** Points at the best step (the criterion's weight). */
  max: number;
}

/** Score and verdict of one customer; `score` is null while the verdict is "incomplete". */
export interface Assessment {
  verdict: VerdictId;
  score: number | null;
  /** How many criteria are rated, out of `total`. */
  rated: number;
  total: number;
  /** Criteria not yet rated, in checklist order. */
  missing: CriterionId[];
  contributions: Contribution[];
  /** The cap that lowered the verdict, if one did. */
  cap: VerdictCap | null;
}

const verdictRank: Record<VerdictId, number> = { keep: 0, develop: 1, 'let-go': 2, incomplete: 3 };

/** Keeps a rating on the scale (whole steps from 0 to the best). */
const clampLevel = (level: number) => Math.min(maxLevel, Math.max(0, Math.round(level)));

/** The verdict a complete score earns before any cap. */
export function verdictForScore(score: number): Exclude<VerdictId, 'incomplete'> {
  if (score >= thresholds.keep) return 'keep';
  return score >= thresholds.develop ? 'develop' : 'let-go';
}

/** Scores ratings from 0 to 100 and gives the verdict, "incomplete" while any criterion is unrated. */
export function assessRatings(ratings: Ratings): Assessment {
  const contributions: Contribution[] = [];
  const missing: CriterionId[] = [];
  for (const c of criteria) {
    const raw = ratings[c.id];
    if (raw === undefined) missing.push(c.id);
    else {
      const level = clampLevel(raw);
      contributions.push({ criterion: c.id, name: c.name, level, points: (c.weight * level) / maxLevel, max: c.weight });
    }
  }
  const base = { rated: contributions.length, total: criteria.length, missing, contributions };
  if (missing.length > 0) return { ...base, verdict: 'incomplete', score: null, cap: null };
  const score = Math.round(contributions.reduce((sum, c) => sum + c.points, 0));
  let verdict: VerdictId = verdictForScore(score);
  let cap: VerdictCap | null = null;
  for (const rule of verdictCaps) {
    const level = ratings[rule.criterion];
    if (level !== undefined && clampLevel(level) <= rule.atOrBelow && verdictRank[verdict] < verdictRank[rule.capTo]) {
      verdict = rule.capTo;
      cap = rule;
    }
  }
  return { ...base, verdict, score, cap };
}

/** Compares two customer names the way the ranking breaks ties (case-insensitive, English collation). */
export function compareNames(a: string, b: string): number {
  return a.localeCompare(b, 'en', { sensitivity: 'base' });
}

/** A customer with its assessment and place in the ranking (null while incomplete). */
export interface RankedCustomer<T> {
  customer: T;
  result: Assessment;
  rank: number | null;
}

/**
 * Ranks customers: highest score first, ties broken by name, equal names kept in their given
 * order (a stable sort); customers with an incomplete rating follow, by name.
 */
export function rankCustomers<T extends { name: string; ratings: Ratings }>(customers: readonly T[]): RankedCustomer<T>[] {
  const scored = customers.map((customer) => ({ customer, result: assessRatings(customer.ratings) }));
  const sorted = [...scored].sort((a, b) => (b.result.score ?? -1) - (a.result.score ?? -1) || compareNames(a.customer.name, b.customer.name));
  return sorted.map((entry, index) => ({ ...entry, rank: entry.result.score === null ? null : index + 1 }));
}

/** How many customers got each verdict. */
export function countVerdicts(results: readonly { result: { verdict: VerdictId } }[]): Record<VerdictId, number> {
  const counts: Record<VerdictId, number> = { keep: 0, develop: 0, 'let-go': 0, incomplete: 0 };
  for (const { result } of results) counts[result.verdict] += 1;
  return counts;
}
