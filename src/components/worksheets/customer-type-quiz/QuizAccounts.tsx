/**
 * The parts of the quiz that need the classification and the six types' prose: the result, the
 * contacts, the account map, export and import. Loaded on demand (first result, or when the rep
 * opens the accounts) to keep the page within its JavaScript budget before interaction.
 */
export { default as AccountSection } from './AccountSection';
export { default as ResultPanel } from './ResultPanel';
export { default as UnfinishedList } from './UnfinishedList';
