/** Value tiers A, B and C: the rule, what each means and what to do next. */

/** Tier ids, best first. */
export const tierIds = ['A', 'B', 'C'] as const;
/** One tier. */
export type TierId = (typeof tierIds)[number];

/** The share of the list that can be tier A (the top fifth, rounded up). */
export const tierAShare = 0.2;

/** The tier of the customer at `index` (0 = highest CEV) in a list of `n` sorted by CEV, highest first. */
export function tierAt(index: number, n: number, cev: number): TierId {
  if (!(cev > 0)) return 'C';
  return index < Math.ceil(n * tierAShare) ? 'A' : 'B';
}

/** What a tier means, its next actions and the articles that help (by article id). */
export interface TierGuide {
  label: string;
  rule: string;
  actions: string[];
  articles: string[];
  /** Hue for the tier's colour. */
  hue: number;
}

/** The three tiers, as the page states them. */
export const tierGuides: Record<TierId, TierGuide> = {
  A: {
    label: 'Tier A: protect and grow',
    rule: 'The top fifth of your customers by engagement value (rounded up), as long as that value is above zero.',
    actions: ['Give them your best people and first call on scarce stock.', 'Ask for referrals and introductions while the relationship is warm.', 'Look for more customers who look like them.'],
    articles: ['pursuing-high-quality-customers', 'which-customers-matter-most'],
    hue: 150,
  },
  B: {
    label: 'Tier B: develop',
    rule: 'Every other customer whose engagement value is above zero.',
    actions: ['Find the one change that would lift them: a bigger order, better terms, a lower cost to serve.', 'Serve them well at a cost that fits what they bring.'],
    articles: ['characterizing-customers', 'customer-categories'],
    hue: 75,
  },
  C: {
    label: 'Tier C: fix or let go',
    rule: 'An engagement value of zero or less: on these figures they cost more than they bring.',
    actions: ['Check the figures first: a wrong cost to serve can put a good customer here.', 'Change the terms, the service level or the price; if nothing changes, end it politely.'],
    articles: ['firing-a-customer', 'small-customers-big-problems'],
    hue: 25,
  },
};
