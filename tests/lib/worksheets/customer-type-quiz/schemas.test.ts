/** The quiz's stored shapes: what is accepted, and the messages (naming the field) for what is not. */
import { describe, expect, it } from 'vitest';
import { answersSchema, draftSchema, partialAnswersSchema, quizWorksheet } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { readEnvelope, storageKey } from '../../../../src/lib/worksheets/state';
import { typicalAnswers } from '../../../helpers/quiz-answers';

const file = (contacts: unknown, drafts: unknown = {}) =>
  JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: { contacts, drafts } });
const contact = (over: Record<string, unknown> = {}) => ({
  updatedAt: 1,
  value: { name: 'Dana', role: 'CFO', account: 'Acme', answers: typicalAnswers.ally, ...over },
});

describe('quiz schemas', () => {
  it('stores under customer-atlas:customer-type-quiz:v1', () => {
    expect(storageKey(quizWorksheet)).toBe('customer-atlas:customer-type-quiz:v1');
  });

  it('accepts complete answers, partial answers and drafts', () => {
    expect(answersSchema.safeParse(typicalAnswers.ally).success).toBe(true);
    expect(partialAnswersSchema.safeParse({ veto: 'no' }).success).toBe(true);
    expect(draftSchema.safeParse({ name: '', role: '', account: '', answers: {}, step: 0 }).success).toBe(true);
  });

  it('keeps names exactly as written (the quiz trims them before saving)', () => {
    const parsed = readEnvelope(quizWorksheet, file({ c1: contact({ name: ' Dana ' }) }));
    expect(parsed.ok && parsed.data.contacts['c1']!.value.name).toBe(' Dana ');
  });

  const cases: [string, string, string[]][] = [
    ['an empty name', file({ c1: contact({ name: '' }) }), ['data → contacts → c1 → value → name: must not be empty']],
    ['an unknown answer', file({ c1: contact({ answers: { ...typicalAnswers.ally, veto: 'maybe' } }) }), ['data → contacts → c1 → value → answers → veto: must be one of "yes", "no"']],
    ['a missing answer', file({ c1: contact({ answers: { ...typicalAnswers.ally, link: undefined } }) }), ['data → contacts → c1 → value → answers → link: must be one of "uses", "evaluates", "pays", "none"']],
    ['a bad record id', file({ 'bad id!': contact() }), ['data → contacts → bad id!: is not a valid id (it should be the id this page gave the entry)']],
    ['a bad draft step', file({}, { d1: { updatedAt: 1, value: { name: '', role: '', account: '', answers: {}, step: -1 } } }), ['data → drafts → d1 → value → step: must be 0 or more']],
  ];
  it.each(cases)('rejects %s, naming the field', (_name, text, problems) => {
    const read = readEnvelope(quizWorksheet, text);
    expect(read.ok ? null : read.details).toEqual(problems);
  });
});
