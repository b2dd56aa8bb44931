/**
 * The six customer types of "What Is a Customer? Six Types" (article 5.03.01.04), in our words:
 * what each one is, how to treat them, what to do next, which articles to read, and the nearest
 * role in the qualification frameworks other teams use (a rough correspondence, not an equation).
 */

/** Type ids, in the order the atlas presents them (they match the glossary ids). */
export const customerTypeIds = [
  'bag-of-money',
  'ally',
  'bag-of-wind',
  'internal-customer',
  'repeat-customer',
  'born-again-customer',
] as const;

/** One of the six customer types. */
export type CustomerTypeId = (typeof customerTypeIds)[number];

/** Roles of the common qualification frameworks (MEDDIC, Miller Heiman and their cousins). */
export type FrameworkRole = 'economic buyer' | 'user buyer' | 'technical buyer' | 'champion' | 'coach';

/** What the quiz tells a rep about one type. */
export interface CustomerType {
  id: CustomerTypeId;
  name: string;
  description: string;
  treatment: string;
  nextActions: string[];
  /** Article ids to read, most useful first. */
  articles: string[];
  /** How the type lines up with the frameworks, in one sentence. */
  frameworkNote: string;
}

/** The six types by id. */
export const customerTypes: Record<CustomerTypeId, CustomerType> = {
  'bag-of-money': {
    id: 'bag-of-money',
    name: 'Bag of money',
    description: 'The external customer who owns the budget and signs off on how it is spent.',
    treatment: 'Earn their trust with a precise grasp of their need and a clear reason to choose you over the rivals chasing the same money.',
    nextActions: [
      'Confirm the need, the budget and the date they must decide by.',
      'Show, in their own terms, what makes your offer different.',
      'Agree the next step with them before you leave the meeting.',
    ],
    articles: ['what-is-a-customer-six-types', 'key-decision-makers-dont', 'building-customer-trust'],
    frameworkNote: 'Closest to the economic buyer: the person who releases the money.',
  },
  ally: {
    id: 'ally',
    name: 'Ally',
    description: 'A user or influencer near the decision maker who cannot approve the deal but can block it.',
    treatment: 'Win their confidence and learn from them, but do not wait for them to close the sale.',
    nextActions: [
      'Ask how the decision will be made and who else takes part in it.',
      'Learn what the competition offers and what would set you apart.',
      'Ask them to introduce you to the person who signs.',
    ],
    articles: ['what-is-a-customer-six-types', 'key-decision-makers-dont', 'customers-are-people-first'],
    frameworkNote: 'Closest to a user or technical buyer, or a champion when they push for you.',
  },
  'bag-of-wind': {
    id: 'bag-of-wind',
    name: 'Bag of wind',
    description: 'A contact who is easy to reach and glad to talk but has little or no say in the outcome.',
    treatment: 'Stay friendly and learn from them, but spend your selling hours elsewhere.',
    nextActions: [
      'Ask who will use the product and who approves the purchase order.',
      'Use what they know to map the account, then move on to the people who decide.',
      'Keep your forecast honest: a warm chat with them is not a buying signal.',
    ],
    articles: ['what-is-a-customer-six-types', 'tire-kickers-can-cause-flats', 'unqualify-fast'],
    frameworkNote: 'Outside the buying group; at most a coach who tells you how the account works.',
  },
  'internal-customer': {
    id: 'internal-customer',
    name: 'Internal customer',
    description: 'A colleague in your own company whose work decides whether the customer gets what you promised.',
    treatment: 'Treat them with the respect you give a buyer, and own problems instead of blaming them.',
    nextActions: [
      'Brief them on what you promised the customer, and by when.',
      'Agree how you will tell each other about delays early.',
      'Thank them when a delivery goes well, in front of others.',
    ],
    articles: ['what-is-a-customer-six-types', 'our-product-the-customer', 'customer-checking-accounts'],
    frameworkNote: 'No buying role: the frameworks map the customer’s side, and colleagues sit outside it.',
  },
  'repeat-customer': {
    id: 'repeat-customer',
    name: 'Repeat customer',
    description: 'A current customer who comes back for more: the most valuable kind you have.',
    treatment: 'Protect the relationship: promise a little less than you can do, then do more.',
    nextActions: [
      'Review how the last order went and fix anything that fell short.',
      'Ask what they will need next, before a competitor does.',
      'Thank them for the business in a personal, specific way.',
    ],
    articles: ['what-is-a-customer-six-types', 'the-power-of-incumbency', 'say-thank-you-and-mean-it'],
    frameworkNote: 'The role depends on their say in the purchase; see the other types that apply.',
  },
  'born-again-customer': {
    id: 'born-again-customer',
    name: 'Born-again customer',
    description: 'A past buyer who drifted away or is still upset with you.',
    treatment: 'Put pride aside, find out what went wrong and offer to put it right.',
    nextActions: [
      'Read the account history before you call, so you know what happened.',
      'Call them, listen to the grievance in full and offer to make amends.',
      'Follow through on what you offer, then ask for the next order.',
    ],
    articles: ['what-is-a-customer-six-types', 'the-customer-may-not-be-right', 'customer-checking-accounts'],
    frameworkNote: 'The role depends on their say in the purchase; see the other types that apply.',
  },
};

/** Every article id the quiz links to, without repeats. */
export const linkedArticleIds = (): string[] => [...new Set(customerTypeIds.flatMap((id) => customerTypes[id].articles))];

/** Each type's hue (an OKLCH hue angle for the `hued` class): money green, ally blue, wind grey-teal, colleagues violet, repeat amber, born-again rose. */
export const customerTypeHues: Record<CustomerTypeId, number> = {
  'bag-of-money': 150,
  ally: 255,
  'bag-of-wind': 205,
  'internal-customer': 300,
  'repeat-customer': 70,
  'born-again-customer': 10,
};
