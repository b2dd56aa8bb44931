/**
 * Instinct versus numbers: customers rated on the ideal-customer checklist (a rep's judgement)
 * set beside their value tier here (the figures). Names are matched with case and spacing
 * ignored; disagreements come first.
 */
import type { VerdictId } from '../ideal-customer/criteria';
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
  /** Plain words for a disagreement, e.g. "rated a keeper, loses money". */
  note: string;
}

/** Compares one verdict with the figures. */
export function compare(verdict: VerdictId, tier: TierId, contribution: number): { agreement: Agreement; note: string } {
  if (verdict === 'incomplete') return { agreement: 'unrated', note: 'not fully rated on the checklist yet' };
  if (verdict === 'keep' && contribution < 0) return { agreement: 'disagree', note: 'rated a keeper, loses money' };
  if (verdict === 'keep' && tier === 'C') return { agreement: 'disagree', note: 'rated a keeper, tier C' };
  if (verdict === 'let-go' && tier === 'A') return { agreement: 'disagree', note: 'rated let go, tier A' };
  if ((verdict === 'keep' && tier === 'A') || (verdict === 'develop' && tier === 'B') || (verdict === 'let-go' && tier === 'C')) return { agreement: 'agree', note: 'instinct and numbers agree' };
  return { agreement: 'partly', note: verdict === 'keep' ? 'rated a keeper, tier B' : verdict === 'let-go' ? 'rated let go, tier B' : `rated develop, tier ${tier}` };
}

const order: Record<Agreement, number> = { disagree: 0, partly: 1, agree: 2, unrated: 3 };

/** Customers in both lists, disagreements first, then by name. */
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
