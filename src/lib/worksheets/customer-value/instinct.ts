/**
 * Instinct versus numbers: customers rated on the ideal-customer checklist (a rep's judgement)
 * set beside their value tier here (the figures). Names are matched with case and spacing
 * ignored. One table (`agreementRule`) states how each verdict and tier compare; a customer who
 * loses money (tier C or a negative yearly contribution) but is rated to keep or develop is
 * always a disagreement. Disagreements come first, then partial agreements.
 */
import type { VerdictId } from '../ideal-customer-checklist/criteria';
import { nameKey } from './records';
import type { ScoredCustomer } from './score';
import type { TierId } from './tiers';

/** A customer's verdict on the checklist, by name. */
export interface ChecklistVerdict {
  name: string;
  verdict: VerdictId;
  label: string;
}

/** How a verdict and a tier compare. */
export type Agreement = 'disagree' | 'partly' | 'agree' | 'unrated';

/** The classes, in the order the panel lists and counts them. */
export const agreementOrder: readonly Agreement[] = ['disagree', 'partly', 'agree', 'unrated'];

/** How each class is worded on its badge and in the summary. */
export const agreementLabels: Record<Agreement, string> = { disagree: 'Disagree', partly: 'Partly agree', agree: 'Agree', unrated: 'Not rated' };

/** One customer found in both worksheets. */
export interface InstinctRow {
  id: string;
  name: string;
  verdict: VerdictId;
  /** The verdict as the checklist words it. */
  verdictLabel: string;
  tier: TierId;
  contribution: number;
  agreement: Agreement;
  /** Plain words for the comparison, e.g. "rated a keeper, loses money". */
  note: string;
}

type RatedVerdict = Exclude<VerdictId, 'incomplete'>;

/** The rule as a table: for each checklist verdict, the class of each value tier. */
export const agreementRule: Record<RatedVerdict, Record<TierId, Agreement>> = {
  keep: { A: 'agree', B: 'partly', C: 'disagree' },
  develop: { A: 'partly', B: 'agree', C: 'disagree' },
  'let-go': { A: 'disagree', B: 'partly', C: 'agree' },
};

/** The rule in plain words, as the page states it. */
export const agreementRuleText = [
  'Agree: “keep” in tier A, “develop” in tier B, “let go” in tier C.',
  'Partly agree: one step apart, such as “keep” in tier B or “develop” in tier A.',
  'Disagree: two steps apart (“keep” in tier C, “let go” in tier A), and always a customer who loses money (tier C or a yearly contribution below zero) that you rate to keep or develop.',
] as const;

const verdictWords: Record<RatedVerdict, string> = { keep: 'rated a keeper', develop: 'rated develop', 'let-go': 'rated let go' };

/** Compares one verdict with the figures. */
export function compare(verdict: VerdictId, tier: TierId, contribution: number): { agreement: Agreement; note: string } {
  if (verdict === 'incomplete') return { agreement: 'unrated', note: 'not fully rated on the checklist yet' };
  const words = verdictWords[verdict];
  if (verdict !== 'let-go' && contribution < 0) return { agreement: 'disagree', note: `${words}, loses money` };
  const agreement = agreementRule[verdict][tier];
  if (agreement === 'agree') return { agreement, note: 'instinct and numbers agree' };
  if (verdict !== 'let-go' && tier === 'C') return { agreement, note: `${words}, tier C: costs more than it brings` };
  return { agreement, note: `${words}, tier ${tier}` };
}

/** How many rows fall in each class. */
export function agreementCounts(rows: readonly Pick<InstinctRow, 'agreement'>[]): Record<Agreement, number> {
  const counts: Record<Agreement, number> = { disagree: 0, partly: 0, agree: 0, unrated: 0 };
  for (const r of rows) counts[r.agreement]++;
  return counts;
}

const order: Record<Agreement, number> = { disagree: 0, partly: 1, agree: 2, unrated: 3 };

/** Customers in both lists, disagreements first, then partial agreements, then by name. */
export function instinctVersusNumbers(checklist: readonly ChecklistVerdict[], scored: readonly ScoredCustomer[]): InstinctRow[] {
  const verdicts = new Map(checklist.map((c) => [nameKey(c.name), c]));
  const rows: InstinctRow[] = [];
  for (const s of scored) {
    const rated = verdicts.get(nameKey(s.customer.name));
    if (rated === undefined) continue;
    const { verdict, label } = rated;
    rows.push({ id: s.id, name: s.customer.name, verdict, verdictLabel: label, tier: s.tier, contribution: s.contribution, ...compare(verdict, s.tier, s.contribution) });
  }
  return rows.sort((a, b) => order[a.agreement] - order[b.agreement] || a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
}
