/**
 * Scoring one customer with its explanation: score, contributions and verdict (from `assess.ts`)
 * plus the reasons and next actions with article ids; and ranking many customers.
 */
import { assessRatings, type Assessment } from './assess';
import { criteria, maxLevel, thresholds, verdicts, type VerdictId } from './criteria';
import type { Ratings } from './schemas';

export { compareNames, countVerdicts, rankCustomers, verdictForScore, type Contribution, type RankedCustomer } from './assess';

/** A step the rep can take next, with the article that explains it. */
export interface NextAction {
  text: string;
  article: string;
}

/** Next actions for each verdict. */
export const nextActions: Record<VerdictId, readonly NextAction[]> = {
  keep: [
    { text: 'Protect the account: stay in touch, keep delivering and fix problems before they are raised.', article: 'pursuing-high-quality-customers' },
    { text: 'Use them for your best customer portrait and ask them who else you should meet.', article: 'pursuing-high-quality-customers' },
  ],
  develop: [
    { text: 'Start with the weak points named above, one conversation at a time.', article: 'characterizing-customers' },
    { text: 'If serving them costs too much, reprice or set limits on scope and response times.', article: 'firing-a-customer' },
  ],
  'let-go': [
    { text: 'Try to fix the terms first: price, scope, payment and service level.', article: 'firing-a-customer' },
    { text: 'If nothing changes, end the relationship politely and honor open commitments.', article: 'firing-a-customer' },
    { text: 'Stop chasing new leads that look like this account.', article: 'unqualify-fast' },
  ],
  incomplete: [{ text: 'Rate the remaining criteria to get a verdict.', article: 'characterizing-customers' }],
};

/** A customer's assessment with the reasons for its verdict and what to do next. */
export interface ScoreResult extends Assessment {
  reasons: string[];
  actions: readonly NextAction[];
}

/** Scores a customer's ratings: score 0 to 100, contributions, verdict, reasons and next actions. */
export function scoreCustomer(ratings: Ratings): ScoreResult {
  const result = assessRatings(ratings);
  const { score, verdict } = result;
  if (score === null) {
    const names = result.missing.map((id) => criteria.find((c) => c.id === id)?.name ?? id);
    return { ...result, reasons: [`Not yet rated: ${names.join(', ')}.`], actions: nextActions.incomplete };
  }
  const reasons = [scoreReason(score)];
  if (result.cap) reasons.push(result.cap.reason);
  for (const c of result.contributions) {
    if (c.level === maxLevel) reasons.push(`Strength: ${c.name} (best step).`);
    else if (c.level <= 1) reasons.push(`Weak point: ${c.name} (step ${c.level} of ${maxLevel}).`);
  }
  return { ...result, reasons, actions: nextActions[verdict] };
}

function scoreReason(score: number): string {
  if (score >= thresholds.keep) return `Score ${score} of 100 reaches ${thresholds.keep}, the mark for "${verdicts.keep.label}".`;
  if (score >= thresholds.develop) return `Score ${score} of 100 is between ${thresholds.develop} and ${thresholds.keep - 1}: "${verdicts.develop.label}".`;
  return `Score ${score} of 100 is below ${thresholds.develop}: "${verdicts['let-go'].label}".`;
}
