/**
 * The compact filter row: type as chips ("Articles 12", "Definitions 3"), chapter and section as
 * small menus, each shown only when it can narrow the results or holds a choice (see
 * visibleFilters in src/lib/search/filters.ts).
 */
import { KIND_PLURAL, visibleFilters, type FilterName } from '../../lib/search/filters';
import type { SearchState } from '../../lib/search/query';
import { el } from './render';

const GROUP_LABEL: Record<FilterName, string> = { type: 'Type', chapter: 'Chapter', section: 'Section' };
const ALL_LABEL: Record<FilterName, string> = { type: 'All', chapter: 'All chapters', section: 'All sections' };

/** Redraws the filter row from Pagefind's counts; `pick` is called with a filter and its new value ('' for all). */
export function renderFilters(
  bar: HTMLElement,
  counts: Partial<Record<string, Record<string, number>>> | undefined,
  selected: SearchState['filters'],
  idPrefix: string,
  pick: (name: FilterName, value: string) => void,
): void {
  const groups = visibleFilters(counts, selected);
  // Redrawing replaces the controls: keep keyboard focus on the same control.
  const active = document.activeElement as HTMLElement | null;
  const focused = active && bar.contains(active) ? `${active.closest<HTMLElement>('[data-filter]')?.dataset['filter']}:${active.dataset['value'] ?? ''}` : null;
  bar.hidden = groups.length === 0;
  bar.replaceChildren(
    ...groups.map((group) => {
      const total = group.options.reduce((n, o) => n + o.count, 0);
      if (group.name === 'type') {
        const chips = el('div', 'search-chips');
        chips.setAttribute('role', 'group');
        chips.setAttribute('aria-label', 'Filter by type');
        chips.dataset['filter'] = 'type';
        const chip = (value: string, label: string, count: number) => {
          const button = el('button', 'search-chip');
          button.type = 'button';
          button.dataset['value'] = value;
          button.setAttribute('aria-pressed', String(group.selected === value));
          button.append(`${label} `, el('span', 'num', String(count)));
          button.addEventListener('click', () => pick('type', group.selected === value ? '' : value));
          return button;
        };
        chips.append(chip('', ALL_LABEL.type, total), ...group.options.map((o) => chip(o.value, KIND_PLURAL[o.value] ?? o.value, o.count)));
        return chips;
      }
      const select = document.createElement('select');
      select.className = 'search-select';
      select.id = `${idPrefix}-filter-${group.name}`;
      select.dataset['filter'] = group.name;
      select.setAttribute('aria-label', `Filter by ${GROUP_LABEL[group.name].toLowerCase()}`);
      select.append(new Option(`${ALL_LABEL[group.name]} (${total})`, ''));
      for (const o of group.options) select.append(new Option(`${o.value} (${o.count})`, o.value));
      select.value = group.selected;
      // A chosen menu reads as chosen, like a pressed chip.
      if (group.selected) select.dataset['active'] = '';
      select.addEventListener('change', () => pick(group.name, select.value));
      return select;
    }),
  );
  if (focused) {
    const [name, value] = focused.split(':');
    const again = [...bar.querySelectorAll<HTMLElement>(`[data-filter="${name}"], [data-filter="${name}"] button`)].find(
      (node) => node.tagName === 'SELECT' || node.dataset['value'] === value,
    );
    again?.focus();
  }
}
