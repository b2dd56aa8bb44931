/**
 * How long a worksheet takes, from what it asks: the quiz's questions, the checklist's ratings and
 * the value worksheet's figures, each at a reading-and-answering pace, plus naming the contact or
 * customer. Build-time only (it imports the worksheets' definitions, which pages must not ship).
 */
import { answerOptions } from './customer-type-quiz/answer-options';
import { criteria } from './ideal-customer-checklist/criteria';
import { customerSchema } from './customer-value/schemas';
import type { WorksheetId } from '../atlas/schemas';
import { counted } from '../site/plural';

/** Seconds a rep needs for one thing a worksheet asks, by kind. */
export const SECONDS_PER = { choice: 20, rating: 25, figure: 25, naming: 30 } as const;

/** What a worksheet asks of one contact or customer. */
export interface WorksheetEffort {
  /** How many things it asks about each one. */
  asks: number;
  /** What kind of thing, which sets the pace. */
  kind: 'choice' | 'rating' | 'figure';
  /** Who each round is about: "contact" or "customer". */
  per: 'contact' | 'customer';
}

/** What each worksheet asks per contact or customer, counted from its own definitions. */
export const worksheetEfforts: Record<WorksheetId, WorksheetEffort> = {
  'customer-type-quiz': { asks: Object.keys(answerOptions).length, kind: 'choice', per: 'contact' },
  'ideal-customer-checklist': { asks: criteria.length, kind: 'rating', per: 'customer' },
  // Every field of a customer but its name, which the naming time covers.
  'customer-value': { asks: Object.keys(customerSchema.shape).length - 1, kind: 'figure', per: 'customer' },
};

/** Whole minutes for one round (naming, then each thing asked), rounded to the nearest, at least 1. */
export function minutesPerRound(effort: WorksheetEffort): number {
  const seconds = SECONDS_PER.naming + effort.asks * SECONDS_PER[effort.kind];
  return Math.max(1, Math.round(seconds / 60));
}

/** The estimate as a card shows it, e.g. "About 3 minutes per contact". */
export function timeEstimate(effort: WorksheetEffort): string {
  const minutes = minutesPerRound(effort);
  return `About ${counted(minutes, 'minute')} per ${effort.per}`;
}

/** What is asked, in words, e.g. "8 questions", "6 ratings", "11 figures". */
export function asksLabel(effort: WorksheetEffort): string {
  const noun = { choice: 'question', rating: 'rating', figure: 'figure' }[effort.kind];
  return counted(effort.asks, noun);
}
