/**
 * Everything the island shows from the scored list, in one chunk loaded just after the page
 * shows (into space the placeholders hold), so the JavaScript loaded up front stays small.
 */
export { scoreList } from '../../../lib/worksheets/customer-value/score';
export { default as ValueTable } from './ValueTable';
export { default as AssumptionsForm } from './AssumptionsForm';
export { default as WhaleChart } from './WhaleChart';
export { default as TierList } from './TierList';
export { default as InstinctPanel } from './InstinctPanel';
export { default as ExportControls } from './ExportControls';
export { default as FixList } from './FixList';
export { default as TableKey } from './TableKey';
export { default as UndoNotice } from '../shared/UndoNotice';
