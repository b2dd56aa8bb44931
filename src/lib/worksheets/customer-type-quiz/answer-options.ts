/**
 * The ids of the quiz's questions and of their answer options, stated once: the answer schema,
 * the question texts (`questions.ts`) and the reasons (`reasons.ts`) are all keyed by them.
 * Kept apart from the wording so the browser's first load carries ids only.
 */

/** Option ids of every question, in the order the quiz asks them. */
export const answerOptions = {
  employer: ['account', 'own-company'],
  history: ['none', 'first', 'repeat', 'lapsed'],
  relationship: ['good', 'none-yet', 'strained'],
  budget: ['controls', 'shares', 'none'],
  finalSay: ['this-contact', 'someone-else', 'not-known'],
  veto: ['yes', 'no'],
  influence: ['strong', 'some', 'little'],
  link: ['uses', 'evaluates', 'pays', 'none'],
} as const;

/** A question id, e.g. "budget". */
export type QuestionId = keyof typeof answerOptions;
/** The option ids of one question. */
export type OptionId<Q extends QuestionId> = (typeof answerOptions)[Q][number];

/** Ids of the questions not answered yet, in quiz order. */
export function missingAnswers(answers: { [Q in QuestionId]?: string | undefined }): QuestionId[] {
  return (Object.keys(answerOptions) as QuestionId[]).filter((id) => answers[id] === undefined);
}
