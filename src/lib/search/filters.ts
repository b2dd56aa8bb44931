/** Which filters the search panel shows, and how: compact groups, none with a single value or empty. Pure. */

/** The filters people can pick, in the order they are shown. */
export const FILTER_NAMES = ['type', 'chapter', 'section'] as const;
/** One of the filter names. */
export type FilterName = (typeof FILTER_NAMES)[number];

/** One choice in a filter. */
export interface FilterOption {
  value: string;
  count: number;
}

/** A filter as shown: its choices, and the one picked (empty for all). */
export interface FilterGroup {
  name: FilterName;
  options: FilterOption[];
  selected: string;
}

/** Filter values with their counts in reading order (atlas numbers numerically), the selected one always kept. */
export function filterOptions(counts: Record<string, number> | undefined, selected?: string): FilterOption[] {
  const options = Object.entries(counts ?? {})
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, count }));
  if (selected && !options.some((o) => o.value === selected)) options.push({ value: selected, count: 0 });
  return options.sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true }));
}

/**
 * The filters worth showing: a filter appears when it can narrow the results (two values or
 * more) or when one of its values is picked (so it can be cleared); never an empty one.
 */
export function visibleFilters(
  counts: Partial<Record<string, Record<string, number>>> | undefined,
  selected: Partial<Record<FilterName, string>>,
): FilterGroup[] {
  return FILTER_NAMES.flatMap((name) => {
    const picked = selected[name] ?? '';
    const options = filterOptions(counts?.[name], picked || undefined);
    return options.length >= 2 || (picked && options.length > 0) ? [{ name, options, selected: picked }] : [];
  });
}

/** How a page type is named on a result ("Definition" for a glossary entry). */
export const KIND_LABEL: Record<string, string> = { Article: 'Article', Glossary: 'Definition', Worksheet: 'Worksheet', Section: 'Section' };
/** How a page type is named on a filter chip, in the plural. */
export const KIND_PLURAL: Record<string, string> = { Article: 'Articles', Glossary: 'Definitions', Worksheet: 'Worksheets', Section: 'Sections' };
