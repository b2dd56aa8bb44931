/**
 * The parts of the checklist that load once the page is idle after its first paint (never on a
 * click): the rating grid with the criteria's wording, the comparison heatmap, the portrait and
 * the sources. They sit in space the page already holds, so nothing shifts when they arrive.
 */
export { default as RatingForm } from './RatingForm';
export { default as ComparisonGrid } from './ComparisonGrid';
export { default as PortraitForm } from './PortraitForm';
export { default as SourcesForm } from './SourcesForm';
