/**
 * Classifies one contact from the quiz answers. Two views combine: where the contact stands in
 * the purchase (bag of money, ally or bag of wind) and the relationship over time (internal,
 * repeat or born-again customer). The relationship, when there is one, is the primary type and
 * the purchase role also applies; colleagues are internal customers and nothing else.
 */
import { missingAnswers, type QuestionId } from './answer-options';
import { statementOf } from './reasons';
import type { Answers, PartialAnswers } from './schemas';
import { customerTypes, type CustomerTypeId, type FrameworkRole } from './types';

/** One answer quoted as a reason, in plain words. */
export interface Reason {
  question: QuestionId;
  statement: string;
}

/** A type that applies to the contact and the answers that led to it. */
export interface Conclusion {
  type: CustomerTypeId;
  reasons: Reason[];
}

/** The quiz result for one contact. */
export type Classification =
  | { status: 'incomplete'; missing: QuestionId[] }
  | {
      status: 'classified';
      primary: CustomerTypeId;
      /** Other types that also apply, e.g. a repeat customer who also holds the budget. */
      also: CustomerTypeId[];
      /** The primary conclusion first, then one per type in `also`. */
      conclusions: Conclusion[];
      nextActions: string[];
      /** Article ids to read, most useful first, without repeats. */
      articles: string[];
      /** Nearest framework role (null for colleagues), a rough correspondence. */
      framework: { role: FrameworkRole | null; note: string };
    };

type Finding = { type: CustomerTypeId; because: QuestionId[] };

/** Bag of money, ally or bag of wind: the contact's place in the purchase. */
export function purchaseRole(a: Answers): Finding {
  if (a.budget === 'controls' && a.finalSay === 'this-contact') return { type: 'bag-of-money', because: ['budget', 'finalSay'] };
  if (a.budget === 'none' && a.veto === 'no' && a.influence === 'little') {
    return { type: 'bag-of-wind', because: ['budget', 'veto', 'influence'] };
  }
  const because: QuestionId[] = [a.finalSay === 'this-contact' ? 'budget' : 'finalSay'];
  if (a.veto === 'yes') because.push('veto');
  if (a.influence !== 'little') because.push('influence');
  if (a.budget !== 'none') because.push('budget');
  if (a.link === 'uses' || a.link === 'evaluates') because.push('link');
  return { type: 'ally', because: [...new Set(because)] };
}

/** Internal, born-again or repeat customer, when the answers show such a relationship. */
function relationshipType(a: Answers): Finding | undefined {
  if (a.employer === 'own-company') return { type: 'internal-customer', because: ['employer'] };
  if (a.history === 'lapsed') return { type: 'born-again-customer', because: ['history'] };
  if (a.history !== 'none' && a.relationship === 'strained') {
    return { type: 'born-again-customer', because: ['history', 'relationship'] };
  }
  if (a.history === 'repeat') return { type: 'repeat-customer', because: ['history'] };
  return undefined;
}

/** The nearest framework role for an external contact. */
function frameworkRole(a: Answers, role: CustomerTypeId): FrameworkRole {
  if (role === 'bag-of-money') return 'economic buyer';
  if (role === 'bag-of-wind') return 'coach';
  if (a.relationship === 'good' && a.influence === 'strong') return 'champion';
  if (a.link === 'uses') return 'user buyer';
  if (a.link === 'evaluates' || a.link === 'pays') return 'technical buyer';
  return 'coach';
}

const conclude = (a: Answers, f: Finding): Conclusion => ({
  type: f.type,
  reasons: f.because.map((question) => ({ question, statement: statementOf(question, a[question]) })),
});

/** Classifies one contact; the same answers always give the same result. */
export function classify(answers: PartialAnswers): Classification {
  const missing = missingAnswers(answers);
  if (missing.length > 0) return { status: 'incomplete', missing };
  const a = answers as Answers;
  const relation = relationshipType(a);
  const internal = relation?.type === 'internal-customer';
  const role = purchaseRole(a);
  const findings: Finding[] = relation?.type === 'internal-customer' ? [relation] : relation ? [relation, role] : [role];
  const primary = findings[0]!.type;
  const types = findings.map((f) => f.type);
  return {
    status: 'classified',
    primary,
    also: types.slice(1),
    conclusions: findings.map((f) => conclude(a, f)),
    nextActions: customerTypes[primary].nextActions,
    articles: [...new Set(types.flatMap((t) => customerTypes[t].articles))],
    framework: {
      role: internal ? null : frameworkRole(a, role.type),
      note: customerTypes[internal ? primary : role.type].frameworkNote,
    },
  };
}

/** Every type that applies to a classified contact (primary first); none while incomplete. */
export function typesOf(result: Classification): CustomerTypeId[] {
  return result.status === 'classified' ? [result.primary, ...result.also] : [];
}
