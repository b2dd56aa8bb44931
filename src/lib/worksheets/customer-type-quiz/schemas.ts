/**
 * Shapes of the customer type quiz, stated once with zod/mini (it reaches the browser): answers,
 * contacts, drafts, and the worksheet data kept in localStorage and in export files.
 *
 * Stored data: `{ contacts: Collection<Contact>, drafts: Collection<Draft> }`. A contact holds
 * only what the rep entered (name, role, account, answers); its classification is recomputed from
 * the answers every time. The contact being classified lives in `drafts` under the id it will
 * have as a contact, so a reload mid-quiz resumes it; saving it moves it to `contacts`.
 */
import * as z from 'zod/mini';
import { versioned, type WorksheetDefinition } from '../state';
import { answerOptions } from './answer-options';

const e = answerOptions;

const answerShape = {
  employer: z.enum(e.employer),
  history: z.enum(e.history),
  relationship: z.enum(e.relationship),
  budget: z.enum(e.budget),
  finalSay: z.enum(e.finalSay),
  veto: z.enum(e.veto),
  influence: z.enum(e.influence),
  link: z.enum(e.link),
};
type AnswerShape = typeof answerShape;

/** A complete set of answers, one option per question. */
export const answersSchema = z.object(answerShape);
/** A complete set of answers. */
export type Answers = z.infer<typeof answersSchema>;

// Built by hand rather than with z.partial(), which costs about 0.4 KB gzip more in the browser.
const optionalShape = Object.fromEntries(Object.entries(answerShape).map(([id, schema]) => [id, z.optional(schema)])) as {
  [Q in keyof AnswerShape]: z.ZodMiniOptional<AnswerShape[Q]>;
};
/** Answers given so far (any subset). */
export const partialAnswersSchema = z.object(optionalShape);
/** Answers given so far. */
export type PartialAnswers = z.infer<typeof partialAnswersSchema>;

// Refinements rather than z.minLength/z.maxLength/z.regex: the checklist already ships z.refine, so
// the shared worksheet chunk needs no other check code (about 0.5 KB gzip less on both pages).
const atMost = (max: number) => z.refine<string>((text) => text.length <= max, `must have at most ${max} characters`);
const text = (max: number) => z.string().check(atMost(max));
const named = z.string().check(z.refine((name) => name.length > 0, 'must not be empty'), atMost(120));

/** A classified contact: who they are and how the rep answered. */
export const contactSchema = z.object({
  name: named,
  role: text(120),
  account: named,
  answers: answersSchema,
});
/** A classified contact. */
export type Contact = z.infer<typeof contactSchema>;

/** A contact still being classified: details may be blank, answers partial; `step` is where the rep is. */
export const draftSchema = z.object({
  name: text(120),
  role: text(120),
  account: text(120),
  answers: partialAnswersSchema,
  step: z.int().check(z.gte(0), z.lte(20)),
});
/** A contact still being classified. */
export type Draft = z.infer<typeof draftSchema>;

const recordId = z.string().check(z.refine((id) => /^[A-Za-z0-9_-]{1,64}$/.test(id)));

/** Everything the quiz stores. */
export const quizDataSchema = z.object({
  contacts: z.record(recordId, versioned(contactSchema)),
  drafts: z.record(recordId, versioned(draftSchema)),
});
/** Everything the quiz stores. */
export type QuizData = z.infer<typeof quizDataSchema>;

/** The quiz as a worksheet of the shared state module (key `customer-atlas:customer-type-quiz:v1`). */
export const quizWorksheet: WorksheetDefinition<QuizData> = {
  worksheet: 'customer-type-quiz',
  label: 'customer type quiz',
  version: 1,
  schema: quizDataSchema,
  empty: () => ({ contacts: {}, drafts: {} }),
};
