/**
 * The wording of the customer type quiz: eight questions about one contact, each with help text
 * and labelled answer options (ids from `answer-options.ts`). The page renders them and hands
 * them to the island as props, so the wording travels as HTML rather than as JavaScript.
 */
import { answerOptions, type OptionId, type QuestionId } from './answer-options';

export { answerOptions, missingAnswers, type OptionId, type QuestionId } from './answer-options';

/** One answer option, as the rep reads it. */
export interface AnswerOption<Q extends QuestionId = QuestionId> {
  id: OptionId<Q>;
  label: string;
}

/** One question of the quiz. */
export interface Question<Q extends QuestionId = QuestionId> {
  id: Q;
  text: string;
  help: string;
  options: AnswerOption<Q>[];
}

type QuestionSet = { [Q in QuestionId]: Omit<Question<Q>, 'options' | 'id'> & { labels: Record<OptionId<Q>, string> } };

const set: QuestionSet = {
  employer: {
    text: 'Who pays this contact’s salary?',
    help: 'Colleagues in production, shipping, finance or management count as customers too.',
    labels: {
      account: 'The account: they work for the customer or prospect',
      'own-company': 'My own company: they are a colleague',
    },
  },
  history: {
    text: 'What has their organization bought from you so far?',
    help: 'Think of the organization or team the contact buys for, not of one person’s orders.',
    labels: {
      none: 'Nothing yet',
      first: 'One order so far, or a first one under way',
      repeat: 'More than one order, and still buying',
      lapsed: 'They used to buy, then stopped',
    },
  },
  relationship: {
    text: 'How is your relationship with this contact?',
    help: 'Be honest: a complaint nobody has settled counts as strained.',
    labels: {
      good: 'Good: they trust us and say so',
      'none-yet': 'Neutral, or no real relationship yet',
      strained: 'Strained: they are unhappy or hold a grievance',
    },
  },
  budget: {
    text: 'Does this contact hold a budget for what you sell?',
    help: 'A budget means money they can commit, not just a wish list.',
    labels: {
      controls: 'Yes, they control it',
      shares: 'They share it with others',
      none: 'No budget',
    },
  },
  finalSay: {
    text: 'Who gives the final yes to a purchase?',
    help: 'The person whose signature or approval turns a proposal into an order.',
    labels: {
      'this-contact': 'This contact',
      'someone-else': 'Someone else',
      'not-known': 'I don’t know yet',
    },
  },
  veto: {
    text: 'Can this contact stop a purchase?',
    help: 'A veto is the power to say no, even without the power to say yes.',
    labels: {
      yes: 'Yes, their no would stop it',
      no: 'No',
    },
  },
  influence: {
    text: 'How much do their views weigh with whoever decides?',
    help: 'Does the decision maker ask for their opinion and act on it?',
    labels: {
      strong: 'A lot: the decision maker follows their view',
      some: 'Some: they are heard',
      little: 'Little or none',
    },
  },
  link: {
    text: 'How are they connected to what you sell?',
    help: 'Pick the closest: this shapes what they care about most.',
    labels: {
      uses: 'They will use it day to day',
      evaluates: 'They judge it on technical or specialist grounds',
      pays: 'They answer for its cost and return',
      none: 'No direct connection',
    },
  },
};

const build = <Q extends QuestionId>(id: Q): Question<Q> => {
  const { text, help, labels } = set[id];
  return { id, text, help, options: answerOptions[id].map((option: OptionId<Q>) => ({ id: option, label: labels[option] })) };
};

/** The questions in the order the quiz asks them. */
export const questions: Question[] = (Object.keys(answerOptions) as QuestionId[]).map((id) => build(id) as Question);

/** The label of one answer, as the rep chose it. */
export function labelOf<Q extends QuestionId>(id: Q, option: OptionId<Q>): string {
  return set[id].labels[option];
}

