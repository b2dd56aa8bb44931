/** Answer sets for the customer type quiz: one typical contact per type, and a fast-check arbitrary. */
import fc from 'fast-check';
import { answerOptions, type QuestionId } from '../../src/lib/worksheets/customer-type-quiz/questions';
import type { Answers } from '../../src/lib/worksheets/customer-type-quiz/schemas';
import type { CustomerTypeId } from '../../src/lib/worksheets/customer-type-quiz/types';

/** One typical contact of each type (the primary type the quiz must find). */
export const typicalAnswers: Record<CustomerTypeId, Answers> = {
  'bag-of-money': { employer: 'account', history: 'none', relationship: 'none-yet', budget: 'controls', finalSay: 'this-contact', veto: 'yes', influence: 'strong', link: 'pays' },
  ally: { employer: 'account', history: 'none', relationship: 'good', budget: 'none', finalSay: 'someone-else', veto: 'yes', influence: 'strong', link: 'uses' },
  'bag-of-wind': { employer: 'account', history: 'none', relationship: 'none-yet', budget: 'none', finalSay: 'someone-else', veto: 'no', influence: 'little', link: 'none' },
  'internal-customer': { employer: 'own-company', history: 'none', relationship: 'good', budget: 'none', finalSay: 'someone-else', veto: 'no', influence: 'little', link: 'none' },
  'repeat-customer': { employer: 'account', history: 'repeat', relationship: 'good', budget: 'none', finalSay: 'someone-else', veto: 'yes', influence: 'some', link: 'uses' },
  'born-again-customer': { employer: 'account', history: 'lapsed', relationship: 'strained', budget: 'controls', finalSay: 'this-contact', veto: 'yes', influence: 'strong', link: 'pays' },
};

/** Any complete answer set. */
export const anyAnswers: fc.Arbitrary<Answers> = fc.record({
  employer: fc.constantFrom(...answerOptions.employer),
  history: fc.constantFrom(...answerOptions.history),
  relationship: fc.constantFrom(...answerOptions.relationship),
  budget: fc.constantFrom(...answerOptions.budget),
  finalSay: fc.constantFrom(...answerOptions.finalSay),
  veto: fc.constantFrom(...answerOptions.veto),
  influence: fc.constantFrom(...answerOptions.influence),
  link: fc.constantFrom(...answerOptions.link),
});

/** Every complete answer set (5,184 of them), for exhaustive checks. */
export function allAnswerSets(): Answers[] {
  let sets: Record<string, string>[] = [{}];
  for (const [id, options] of Object.entries(answerOptions) as [QuestionId, readonly string[]][]) {
    sets = sets.flatMap((s) => options.map((o) => ({ ...s, [id]: o })));
  }
  return sets as unknown as Answers[];
}
