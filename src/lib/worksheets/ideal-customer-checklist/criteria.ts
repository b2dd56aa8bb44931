/**
 * The ideal-customer checklist as data: five traits of a best customer plus the cost-to-serve
 * test, each rated on a five-step scale (0 = worst, 4 = best), and the weights, thresholds and
 * rules that turn ratings into a verdict. The page shows all of it to the rep. The question,
 * help text and step labels of each criterion live in `criterion-guides.ts`, so the island
 * loads them only when a customer is being rated.
 */

/** Criterion ids, in the order the rep rates them. */
export const criterionIds = ['first-call', 'fair-price', 'raises-the-bar', 'plays-to-strengths', 'opens-doors', 'cost-to-serve'] as const;
/** One criterion id. */
export type CriterionId = (typeof criterionIds)[number];

/** The steps of every rating scale: 0 (worst) to 4 (best). */
export const ratingLevels = [0, 1, 2, 3, 4] as const;
/** One step of a rating scale. */
export type RatingLevel = (typeof ratingLevels)[number];
/** The best step of a rating scale. */
export const maxLevel: RatingLevel = 4;

/** A criterion: its name, its weight and the article that explains it (its scale is in `criterion-guides.ts`). */
export interface Criterion {
  id: CriterionId;
  /** Short name, e.g. "Pays a fair price". */
  name: string;
  /** Points this criterion adds to the score at its best step (all weights add up to 100). */
  weight: number;
  /** The article that explains it. */
  article: string;
}

/** The six criteria: five traits of a best customer and the cost-to-serve test. */
export const criteria: readonly Criterion[] = [
  { id: 'first-call', name: 'Thinks of you first', weight: 15, article: 'pursuing-high-quality-customers' },
  { id: 'fair-price', name: 'Pays a fair price', weight: 15, article: 'pursuing-high-quality-customers' },
  { id: 'raises-the-bar', name: 'Pushes you to improve', weight: 15, article: 'pursuing-high-quality-customers' },
  { id: 'plays-to-strengths', name: 'Uses what you do well', weight: 15, article: 'pursuing-high-quality-customers' },
  { id: 'opens-doors', name: 'Opens new doors', weight: 15, article: 'pursuing-high-quality-customers' },
  { id: 'cost-to-serve', name: 'Worth the cost to serve', weight: 25, article: 'firing-a-customer' },
];

/** Verdict ids, best first; "incomplete" while a criterion is unrated. */
export const verdictIds = ['keep', 'develop', 'let-go', 'incomplete'] as const;
/** One verdict id. */
export type VerdictId = (typeof verdictIds)[number];

/** How each verdict is named. */
export const verdicts: Record<VerdictId, { label: string }> = {
  keep: { label: 'Keep, and find more like them' },
  develop: { label: 'Develop' },
  'let-go': { label: 'Consider letting go' },
  incomplete: { label: 'Incomplete' },
};

/** Each verdict's hue (for the `hued` class): keep green, develop amber, let go red, incomplete grey-blue. */
export const verdictHues: Record<VerdictId, number> = { keep: 150, develop: 75, 'let-go': 25, incomplete: 250 };

/** What each verdict means, for "how the score works" (kept apart from the labels so the island does not load it). */
export const verdictMeanings: Record<VerdictId, string> = {
  keep: 'A best customer: protect the account and look for look-alikes.',
  develop: 'Worth keeping if the weak points improve: work on them or change the terms.',
  'let-go': 'The account takes more than it gives: fix the terms or end it politely.',
  incomplete: 'Some criteria are not rated yet, so there is no verdict.',
};

/** Score thresholds: the lowest score that earns each verdict (below "develop" means "consider letting go"). */
export const thresholds = { keep: 75, develop: 45 } as const;

/** A rule that caps the verdict whatever the score, e.g. a customer who costs more than it brings. */
export interface VerdictCap {
  criterion: CriterionId;
  /** The cap applies when the rating is at or below this step. */
  atOrBelow: RatingLevel;
  /** The best verdict the customer can then get. */
  capTo: Exclude<VerdictId, 'keep' | 'incomplete'>;
  reason: string;
}

/** Caps on the verdict: a customer who costs more to serve than it brings in can never be a keeper. */
export const verdictCaps: readonly VerdictCap[] = [
  {
    criterion: 'cost-to-serve',
    atOrBelow: 0,
    capTo: 'develop',
    reason: 'It costs more to serve than it brings in, so it cannot be a keeper until the terms change.',
  },
];
