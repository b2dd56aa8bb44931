/**
 * The parts of the checklist that load once the page is idle after its first paint (or when a
 * customer is opened): the rating grid with the criteria's wording, and the wording of each
 * scale step for the comparison's cell titles, and the notice that offers Undo after a removal.
 * They add to space the page already holds.
 */
export { default as RatingForm } from './RatingForm';
export { criterionGuides } from '../../../lib/worksheets/ideal-customer-checklist/criterion-guides';
export { default as UndoNotice } from '../shared/UndoNotice';
