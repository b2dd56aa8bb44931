/**
 * What each answer says about a contact, in plain words: the result quotes these as the reasons
 * for a conclusion. Kept apart from the question texts so the quiz can show questions before the
 * code that classifies has loaded.
 */
import type { OptionId, QuestionId } from './answer-options';

const statements: { [Q in QuestionId]: Record<OptionId<Q>, string> } = {
  employer: {
    account: 'They work for the account, not for your company.',
    'own-company': 'They are on your own company’s payroll.',
  },
  history: {
    none: 'Their organization has not bought from you yet.',
    first: 'Their organization has bought from you once.',
    repeat: 'Their organization buys from you again and again.',
    lapsed: 'Their organization used to buy from you and has stopped.',
  },
  relationship: {
    good: 'You have a good, trusting relationship with them.',
    'none-yet': 'You have no real relationship with them yet.',
    strained: 'They are unhappy with you or hold a grievance.',
  },
  budget: {
    controls: 'They control a budget for what you sell.',
    shares: 'They share a budget with other people.',
    none: 'They hold no budget for what you sell.',
  },
  finalSay: {
    'this-contact': 'They give the final yes.',
    'someone-else': 'Someone else gives the final yes.',
    'not-known': 'You don’t know yet who gives the final yes.',
  },
  veto: {
    yes: 'Their no would stop a purchase.',
    no: 'They cannot stop a purchase.',
  },
  influence: {
    strong: 'The decision maker follows their view.',
    some: 'Their view is heard by whoever decides.',
    little: 'Their view carries little weight with whoever decides.',
  },
  link: {
    uses: 'They will use what you sell day to day.',
    evaluates: 'They judge what you sell on technical grounds.',
    pays: 'They answer for the cost and return of the purchase.',
    none: 'They have no direct connection to what you sell.',
  },
};

/** The plain-words statement of one answer, e.g. "They give the final yes." */
export function statementOf<Q extends QuestionId>(id: Q, option: OptionId<Q>): string {
  return statements[id][option];
}
