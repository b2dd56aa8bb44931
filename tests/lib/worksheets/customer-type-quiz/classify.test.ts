/** The quiz's classification rules, their precedence, and properties over every answer set. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, purchaseRole, typesOf } from '../../../../src/lib/worksheets/customer-type-quiz/classify';
import { missingAnswers, questions, type QuestionId } from '../../../../src/lib/worksheets/customer-type-quiz/questions';
import type { Answers } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { customerTypeIds, customerTypes, type CustomerTypeId } from '../../../../src/lib/worksheets/customer-type-quiz/types';
import { allAnswerSets, anyAnswers, typicalAnswers } from '../../../helpers/quiz-answers';

const base = typicalAnswers['bag-of-wind'];
const with_ = (change: Partial<Answers>): Answers => ({ ...base, ...change });
const classified = (a: Answers) => {
  const r = classify(a);
  if (r.status !== 'classified') throw new Error('expected a classification');
  return r;
};

describe('the question set', () => {
  it('has between 5 and 9 questions, each with help text and at least two options', () => {
    expect(questions.length).toBeGreaterThanOrEqual(5);
    expect(questions.length).toBeLessThanOrEqual(9);
    for (const q of questions) {
      expect(q.help.length).toBeGreaterThan(10);
      expect(q.options.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(questions.map((q) => [q.id]))('question %s changes the outcome for some contact', (id) => {
    const outcome = (a: Answers) => JSON.stringify({ ...classified(a), conclusions: undefined });
    const q = questions.find((x) => x.id === id)!;
    const changes = allAnswerSets().some((a) => q.options.some((o) => outcome(a) !== outcome({ ...a, [id]: o.id })));
    expect(changes).toBe(true);
  });
});

describe.each(customerTypeIds.map((t) => [t]))('a typical %s', (type) => {
  it('is classified as that type, with reasons, actions, articles and a framework note', () => {
    const r = classified(typicalAnswers[type]);
    expect(r.primary).toBe(type);
    expect(r.conclusions[0]!.type).toBe(type);
    expect(r.conclusions[0]!.reasons.length).toBeGreaterThan(0);
    expect(r.nextActions).toEqual(customerTypes[type].nextActions);
    expect(r.articles).toContain('what-is-a-customer-six-types');
    expect(r.framework.note.length).toBeGreaterThan(10);
  });
});

describe('the rules', () => {
  const rules: [string, Answers, CustomerTypeId][] = [
    ['someone on your own payroll is an internal customer', with_({ employer: 'own-company', budget: 'controls', finalSay: 'this-contact' }), 'internal-customer'],
    ['a former buyer who stopped is a born-again customer', with_({ history: 'lapsed', relationship: 'good' }), 'born-again-customer'],
    ['a current buyer who is unhappy is a born-again customer', with_({ history: 'first', relationship: 'strained' }), 'born-again-customer'],
    ['a repeat buyer who is unhappy is a born-again customer', with_({ history: 'repeat', relationship: 'strained' }), 'born-again-customer'],
    ['a current buyer who buys again is a repeat customer', with_({ history: 'repeat', relationship: 'none-yet' }), 'repeat-customer'],
    ['budget plus final say is the bag of money', with_({ budget: 'controls', finalSay: 'this-contact', veto: 'no', influence: 'little' }), 'bag-of-money'],
    ['a user without the final yes but with a veto is an ally', with_({ link: 'uses', veto: 'yes' }), 'ally'],
    ['an influencer without the final yes but with a veto is an ally', with_({ influence: 'strong', veto: 'yes', budget: 'shares' }), 'ally'],
    ['budget without the final yes is not the bag of money', with_({ budget: 'controls', finalSay: 'someone-else' }), 'ally'],
    ['no budget, no veto and little influence is a bag of wind', with_({ link: 'uses', relationship: 'good' }), 'bag-of-wind'],
  ];
  it.each(rules)('%s', (_name, answers, type) => {
    expect(classified(answers).primary).toBe(type);
  });

  it('a repeat buyer who also signs is both repeat customer and bag of money', () => {
    const r = classified(with_({ history: 'repeat', budget: 'controls', finalSay: 'this-contact' }));
    expect([r.primary, ...r.also]).toEqual(['repeat-customer', 'bag-of-money']);
    expect(r.conclusions.map((c) => c.reasons.map((x) => x.question))).toEqual([['history'], ['budget', 'finalSay']]);
    expect(r.conclusions[1]!.reasons.map((x) => x.statement)).toEqual(['They control a budget for what you sell.', 'They give the final yes.']);
    expect(r.framework.role).toBe('economic buyer');
  });

  it('a colleague is an internal customer and nothing else, with no buying role', () => {
    const r = classified(typicalAnswers['internal-customer']);
    expect(r.also).toEqual([]);
    expect(r.framework.role).toBeNull();
    expect(r.conclusions[0]!.reasons).toEqual([{ question: 'employer', statement: 'They are on your own company’s payroll.' }]);
  });

  it('the ally explains why it is not the bag of money', () => {
    expect(purchaseRole(with_({ budget: 'controls', finalSay: 'this-contact' })).type).toBe('bag-of-money');
    expect(purchaseRole(with_({ veto: 'yes', link: 'uses' })).because).toEqual(['finalSay', 'veto', 'link']);
  });
});

describe('framework correspondence', () => {
  const cases: [string, Partial<Answers>, string][] = [
    ['bag of money', { budget: 'controls', finalSay: 'this-contact' }, 'economic buyer'],
    ['ally who pushes for you', { veto: 'yes', influence: 'strong', relationship: 'good' }, 'champion'],
    ['ally who uses it', { veto: 'yes', link: 'uses' }, 'user buyer'],
    ['ally who judges it', { veto: 'yes', link: 'evaluates' }, 'technical buyer'],
    ['ally who answers for cost', { veto: 'yes', link: 'pays' }, 'technical buyer'],
    ['ally without a link', { veto: 'yes' }, 'coach'],
    ['bag of wind', {}, 'coach'],
  ];
  it.each(cases)('%s → %s', (_name, change, role) => {
    expect(classified(with_(change)).framework.role).toBe(role);
  });
});

describe('properties', () => {
  it('every type is reachable', () => {
    const reached = new Set(allAnswerSets().map((a) => classified(a).primary));
    expect([...reached].sort()).toEqual([...customerTypeIds].sort());
  });

  it('any complete answer set gives exactly one primary type from the six, never repeated in "also"', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        const r = classified(a);
        expect(customerTypeIds).toContain(r.primary);
        expect(r.also).not.toContain(r.primary);
        expect(new Set(typesOf(r)).size).toBe(typesOf(r).length);
      }),
    );
  });

  it('the same answers always give the same result', () => {
    fc.assert(
      fc.property(anyAnswers, (a) => {
        expect(classify({ ...a })).toEqual(classify(a));
      }),
    );
  });

  it('removing any answer gives incomplete naming it', () => {
    const ids = questions.map((q) => q.id);
    fc.assert(
      fc.property(anyAnswers, fc.subarray(ids, { minLength: 1 }), (a, removed) => {
        const partial: Partial<Answers> = { ...a };
        for (const id of removed) delete partial[id];
        const r = classify(partial);
        expect(r).toEqual({ status: 'incomplete', missing: ids.filter((id) => removed.includes(id)) });
      }),
    );
  });

  it('lists missing answers in quiz order', () => {
    expect(missingAnswers({ veto: 'no', employer: 'account' })).toEqual<QuestionId[]>([
      'history',
      'relationship',
      'budget',
      'finalSay',
      'influence',
      'link',
    ]);
    expect(typesOf(classify({}))).toEqual([]);
  });
});
