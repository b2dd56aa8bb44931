/** What the rep reads while rating: each criterion's question, help text and the label of every step of its scale. */
import type { CriterionId } from './criteria';

/** How to rate one criterion. */
export interface CriterionGuide {
  /** The question the rep answers about one customer. */
  question: string;
  /** How to judge it. */
  help: string;
  /** Label of each step, from 0 (worst) to 4 (best). */
  scale: readonly [string, string, string, string, string];
  /** One or two words per step, shown on the step's button in the rating grid. */
  short: readonly [string, string, string, string, string];
}

/** The guide of each criterion. */
export const criterionGuides: Record<CriterionId, CriterionGuide> = {
  'first-call': {
    question: 'When they need something you sell, who do they turn to?',
    help: 'A best customer brings a new need straight to you instead of sending the same request to a crowd of vendors.',
    scale: [
      'Never: we only hear of needs through open tenders',
      'Rarely: we are one name on a long list',
      'Sometimes: we make the shortlist',
      'Usually: they ask us before anyone else',
      'Always: we are the first and often only call',
    ],
    short: ['Never', 'Rarely', 'At times', 'Usually', 'Always'],
  },
  'fair-price': {
    question: 'Do they accept the market rate for what you deliver?',
    help: 'Accounts that see your value pay the going rate. A constant stream of low-ball offers says they do not see it.',
    scale: [
      'Fights every price and pays late',
      'Pushes for a discount on most orders',
      'Haggles now and then',
      'Accepts the going rate with little debate',
      'Pays the going rate, on time, and says it is worth it',
    ],
    short: ['Fights', 'Pushes', 'Haggles', 'Accepts', 'Gladly'],
  },
  'raises-the-bar': {
    question: 'Do their demands make your team better at its work?',
    help: 'Good customers keep asking for more in ways that sharpen your skills; what you learn serves every other account.',
    scale: [
      'Asks for nothing new; we learn nothing from them',
      'Seldom stretches us',
      'Now and then asks for something that teaches us',
      'Often raises the bar in useful ways',
      'Keeps raising the bar, and all our customers gain',
    ],
    short: ['Never', 'Seldom', 'At times', 'Often', 'Always'],
  },
  'plays-to-strengths': {
    question: 'Do they buy what you are good at, or drag you elsewhere?',
    help: 'The best accounts know your business well enough to use your strengths, not to pull you into jobs you do badly.',
    scale: [
      'Mostly wants work outside our expertise',
      'Often pulls us away from our strengths',
      'A mix of our strengths and awkward extras',
      'Mostly asks for what we do well',
      'Buys exactly what we are best at',
    ],
    short: ['Outside', 'Often off', 'Mixed', 'Mostly', 'Exactly'],
  },
  'opens-doors': {
    question: 'Do they bring you referrals, introductions or shared projects?',
    help: 'Top customers behave like partners: the relationship pays both ways and they steer new business toward you.',
    scale: [
      'No referrals and no shared plans',
      'Has mentioned us to someone once or twice',
      'Gives a referral when we ask',
      'Refers others without being asked',
      'A partner: steady referrals, introductions and joint work',
    ],
    short: ['None', 'Once', 'If asked', 'Unasked', 'Partner'],
  },
  'cost-to-serve': {
    question: 'Set what it costs to keep them happy against the revenue they bring.',
    help: 'The high-maintenance test: count support hours, rush jobs, discounts, free extras and late payment, then compare the total with their revenue.',
    scale: [
      'Costs more to serve than it brings in',
      'Serving it eats nearly all of its revenue',
      'Serving it takes about half of its revenue',
      'Serving it costs little next to its revenue',
      'Cheap to serve; most of its revenue is margin',
    ],
    short: ['At a loss', 'Thin', 'Half', 'Low', 'Cheap'],
  },
};
