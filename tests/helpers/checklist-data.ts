/** Builders and fast-check arbitraries for the ideal-customer checklist tests. */
import fc from 'fast-check';
import { criterionIds, maxLevel, type CriterionId, type RatingLevel } from '../../src/lib/worksheets/ideal-customer-checklist/criteria';
import type { Ratings } from '../../src/lib/worksheets/ideal-customer-checklist/schemas';

/** Every criterion at the same step. */
export const allAt = (level: RatingLevel): Ratings => Object.fromEntries(criterionIds.map((id) => [id, level])) as Ratings;

/** Every criterion at the same step, with some overridden. */
export const ratingsWith = (level: RatingLevel, overrides: Partial<Record<CriterionId, RatingLevel>>): Ratings => ({ ...allAt(level), ...overrides });

/** One step of a rating scale. */
export const levelArb = fc.integer({ min: 0, max: maxLevel }) as fc.Arbitrary<RatingLevel>;

/** A complete set of ratings. */
export const completeRatingsArb: fc.Arbitrary<Ratings> = fc.tuple(...criterionIds.map(() => levelArb)).map(
  (levels) => Object.fromEntries(criterionIds.map((id, i) => [id, levels[i]])) as Ratings,
);

/** Ratings where any criterion may be missing. */
export const partialRatingsArb: fc.Arbitrary<Ratings> = fc.tuple(...criterionIds.map(() => fc.option(levelArb, { nil: undefined }))).map(
  (levels) => Object.fromEntries(criterionIds.flatMap((id, i) => (levels[i] === undefined ? [] : [[id, levels[i]]]))) as Ratings,
);
