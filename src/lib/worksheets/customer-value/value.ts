/**
 * The money value of one customer (Kumar et al., "Undervalued or Overvalued Customers",
 * Journal of Service Research, 2010): customer engagement value CEV = CLV + CRV + CIV + CKV.
 * Percentages come in as 0–100 and are turned into fractions here.
 */
import type { Assumptions, Customer } from './schemas';

/** Yearly contribution: revenue × gross margin − cost to serve. */
export function yearlyContribution(c: Pick<Customer, 'revenue' | 'margin' | 'costToServe'>): number {
  return (c.revenue * c.margin) / 100 - c.costToServe;
}

/**
 * The retention rate (0–1) used for a customer: its own rate if given, else one implied by its
 * expected years (a customer who stays Y years on average has retention 1 − 1/Y), else the assumption.
 */
export function retentionOf(c: Pick<Customer, 'years' | 'retention'>, a: Pick<Assumptions, 'retention'>): number {
  if (c.retention !== null) return c.retention / 100;
  if (c.years !== null) return c.years <= 1 ? 0 : 1 - 1 / c.years;
  return a.retention / 100;
}

/**
 * Customer lifetime value: the yearly contribution m of each year t = 1…H, kept with probability
 * r^(t−1) and discounted by (1 + d)^t: CLV = Σ m × r^(t−1) / (1 + d)^t. Built by repeated
 * multiplication (correctly rounded steps), so it moves the same way as its inputs.
 */
export function lifetimeValue(contribution: number, retention: number, discount: number, horizon: number): number {
  const keep = 1 / (1 + discount);
  let weight = keep;
  let total = 0;
  for (let year = 1; year <= horizon; year++) {
    total += contribution * weight;
    weight = (weight * retention) * keep;
  }
  return total;
}

/** Customer referral value: referred customers × estimated value of each. */
export function referralValue(c: Pick<Customer, 'referrals' | 'referralValue'>): number {
  return c.referrals * c.referralValue;
}

/** The money equivalent of a rating step (0 when not rated). */
export function stepValue(step: number | null, values: readonly number[]): number {
  return step === null ? 0 : (values[step] ?? 0);
}

/** The four parts of a customer's engagement value and their sum. */
export interface CustomerValue {
  /** Yearly contribution (revenue × margin − cost to serve). */
  contribution: number;
  /** Retention used, 0–1. */
  retention: number;
  clv: number;
  crv: number;
  civ: number;
  ckv: number;
  /** CEV = CLV + CRV + CIV + CKV. */
  cev: number;
}

/** Every value of one customer under the assumptions. */
export function valueOf(c: Customer, a: Assumptions): CustomerValue {
  const contribution = yearlyContribution(c);
  const retention = retentionOf(c, a);
  const clv = lifetimeValue(contribution, retention, a.discount / 100, a.horizon);
  const crv = referralValue(c);
  const civ = stepValue(c.influence, a.influenceValues);
  const ckv = stepValue(c.knowledge, a.knowledgeValues);
  return { contribution, retention, clv, crv, civ, ckv, cev: clv + crv + civ + ckv };
}
