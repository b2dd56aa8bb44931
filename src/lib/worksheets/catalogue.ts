/** The worksheets of the site: what each is called and what it gives a rep. */
import type { WorksheetId } from '../atlas/schemas';

/** Title, one-line pitch and start button label of each worksheet, by id. */
export const worksheets: Record<WorksheetId, { title: string; pitch: string; start: string }> = {
  'customer-type-quiz': {
    title: 'Customer type quiz',
    pitch: 'Answer a few questions about one contact to learn which of the six customer types they are, and map who holds the budget in an account.',
    start: 'Start the quiz',
  },
  'ideal-customer-checklist': {
    title: 'Ideal-customer checklist',
    pitch: 'Score your customers against the traits of a best customer and get a verdict for each: keep and find more, develop, or consider letting go.',
    start: 'Start the checklist',
  },
  'customer-value': {
    title: 'Customer value worksheet',
    pitch: 'Put a money value on each customer (lifetime, referrals, influence, knowledge), see where profit comes from, and check the numbers against your instinct.',
    start: 'Start the worksheet',
  },
};
