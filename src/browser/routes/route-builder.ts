/**
 * The route planner on a chapter map, loaded when the manager presses "Plan a route": each stop
 * becomes a toggle (aria-pressed) that adds it to the route or takes it out; the panel orders
 * the stops, names the route, adds a note and gives the link. The plan is kept in this browser
 * (ROUTE_DRAFT_KEY) until "Start again", so a reload or a look at another page loses nothing.
 */
import { encodeRoute, routePath } from '../../lib/routes/route-link';
import { moveStop, removeStop, toggleStop } from '../../lib/routes/route-plan';
import { ROUTE_DRAFT_KEY } from '../../lib/routes/saved-routes';
import { MAX_STOPS, routeDraft } from '../../lib/routes/schemas';
import { withBase } from '../../lib/atlas/urls';
import { counted } from '../../lib/site/plural';

const planner = document.querySelector<HTMLElement>('[data-route-planner]')!;
const area = document.querySelector<HTMLElement>('[data-map-planner]')!;
const toggle = document.querySelector<HTMLButtonElement>('[data-plan-route]')!;
const field = <T extends HTMLElement>(name: string) => planner.querySelector<T>(`[data-route-${name}]`)!;
const nameInput = field<HTMLInputElement>('name');
const noteInput = field<HTMLTextAreaElement>('note');
const stopLinks = [...area.querySelectorAll<HTMLAnchorElement>('a.stop[data-article-number]')];
const titles = new Map(stopLinks.map((a) => [a.dataset['articleNumber']!, titleOf(a)]));

let stops: string[] = loadDraft();
let planning = false;

function titleOf(link: HTMLAnchorElement): string {
  const title = link.querySelector('.stop-title')!.cloneNode(true) as HTMLElement;
  title.querySelector('.visually-hidden')?.remove();
  return title.textContent?.trim() ?? '';
}

function loadDraft(): string[] {
  try {
    const parsed = routeDraft.safeParse(JSON.parse(localStorage.getItem(ROUTE_DRAFT_KEY) ?? 'null'));
    if (!parsed.success) return [];
    nameInput.value = parsed.data.name;
    noteInput.value = parsed.data.note;
    return parsed.data.stops;
  } catch {
    return [];
  }
}

function saveDraft(): void {
  try {
    localStorage.setItem(ROUTE_DRAFT_KEY, JSON.stringify({ name: nameInput.value, note: noteInput.value, stops }));
  } catch {
    // Storage off or full: the plan still works on this page.
  }
}

const announce = (text: string): void => void (field('announce').textContent = text);
const label = (n: string) => `${n} ${titles.get(n) ?? ''}`.trim();

/** Switches planning on or off: stops turn into toggles, and back into links. */
export function togglePlanning(): void {
  planning = !planning;
  area.classList.toggle('is-planning', planning);
  toggle.setAttribute('aria-pressed', String(planning));
  planner.hidden = !planning;
  for (const link of stopLinks) {
    if (planning) {
      link.setAttribute('role', 'button');
    } else {
      link.removeAttribute('role');
      link.removeAttribute('aria-pressed');
    }
  }
  render();
  announce(planning ? 'Planning a route: press stops on the map to add them in order.' : 'Planning put away; your route is kept for next time.');
}

function pick(link: HTMLAnchorElement): void {
  const number = link.dataset['articleNumber']!;
  const before = stops.length;
  stops = toggleStop(stops, number);
  if (stops.length === before) return announce(`A route holds at most ${MAX_STOPS} stops.`);
  render();
  announce(stops.includes(number) ? `Added ${label(number)} as stop ${stops.length}.` : `Took ${label(number)} off the route.`);
}

function render(): void {
  const order = new Map(stops.map((n, i) => [n, i + 1]));
  for (const link of stopLinks) {
    const at = order.get(link.dataset['articleNumber']!);
    if (planning) link.setAttribute('aria-pressed', String(at !== undefined));
    let badge = link.querySelector<HTMLElement>('.route-pick');
    if (at === undefined || !planning) badge?.remove();
    else (badge ??= link.appendChild(Object.assign(document.createElement('span'), { className: 'route-pick num route-ink', ariaHidden: 'true' }))).textContent = String(at);
  }
  field('count').textContent = String(stops.length);
  const jump = document.querySelector<HTMLElement>('[data-route-jump]')!;
  jump.hidden = !planning;
  jump.textContent = `Your route: ${counted(stops.length, 'stop')} · review`;
  field('empty').hidden = stops.length > 0;
  field('picked').replaceChildren(...stops.map(pickedItem));
  field('share').hidden = stops.length === 0;
  if (stops.length > 0) {
    const code = encodeRoute({ name: nameInput.value.trim(), note: noteInput.value.trim(), stops });
    const link = new URL(withBase(import.meta.env.BASE_URL, routePath(code)), location.origin).href;
    field<HTMLInputElement>('link').value = link;
    field<HTMLAnchorElement>('open').href = link;
    field('size').textContent = `${link.length} characters${link.length > 300 ? ': a shorter note keeps the link under 300, which every mail program carries whole' : ''}.`;
  }
  field('note-left').textContent = `(${noteInput.maxLength - noteInput.value.length} of ${noteInput.maxLength} characters left)`;
  saveDraft();
}

function pickedItem(number: string, index: number): HTMLLIElement {
  const item = document.createElement('li');
  item.innerHTML = '<span class="planner-order num" aria-hidden="true"></span><span class="planner-stop"><span class="num"></span> <span></span></span><span class="planner-moves"></span>';
  item.querySelector('.planner-order')!.textContent = String(index + 1);
  const [num, title] = item.querySelectorAll('.planner-stop > span');
  num!.textContent = number;
  title!.textContent = titles.get(number) ?? 'an article from another chapter';
  const actions: [string, string, () => string[], boolean][] = [
    ['up', '↑', () => moveStop(stops, index, -1), index > 0],
    ['down', '↓', () => moveStop(stops, index, 1), index < stops.length - 1],
    ['remove', '×', () => removeStop(stops, index), true],
  ];
  for (const [what, sign, change, enabled] of actions) {
    const button = document.createElement('button');
    Object.assign(button, { type: 'button', className: 'button planner-move', textContent: sign, disabled: !enabled });
    button.setAttribute('aria-label', what === 'remove' ? `Remove stop ${index + 1}, ${label(number)}` : `Move stop ${index + 1}, ${label(number)}, ${what}`);
    button.dataset['move'] = what;
    button.onclick = () => {
      stops = change();
      render();
      const to = what === 'up' ? index - 1 : what === 'down' ? index + 1 : Math.min(index, stops.length - 1);
      announce(what === 'remove' ? `Removed ${label(number)}.` : `${label(number)} is now stop ${to + 1}.`);
      const again = field('picked').children[to]?.querySelector<HTMLButtonElement>(`[data-move="${what}"]:not(:disabled)`);
      (again ?? field('picked').children[to]?.querySelector<HTMLButtonElement>('button:not(:disabled)') ?? nameInput).focus();
    };
    item.querySelector('.planner-moves')!.append(button);
  }
  return item;
}

area.addEventListener('click', (event) => {
  const link = planning && (event.target as Element).closest<HTMLAnchorElement>('a.stop[data-article-number]');
  if (!link) return;
  event.preventDefault();
  pick(link);
});
area.addEventListener('keydown', (event) => {
  const link = planning && event.key === ' ' && (event.target as Element).closest<HTMLAnchorElement>('a.stop[data-article-number]');
  if (!link) return;
  event.preventDefault();
  pick(link);
});
nameInput.addEventListener('input', render);
noteInput.addEventListener('input', render);
field<HTMLButtonElement>('copy').onclick = async () => {
  const input = field<HTMLInputElement>('link');
  try {
    await navigator.clipboard.writeText(input.value);
    announce('Link copied: paste it into a message to your reps.');
    const button = field<HTMLButtonElement>('copy');
    button.textContent = 'Copied ✓';
    setTimeout(() => (button.textContent = 'Copy link'), 2000);
  } catch {
    input.select();
    announce('The link is selected: press Ctrl+C (or ⌘C) to copy it.');
  }
};
field<HTMLButtonElement>('clear').onclick = () => {
  if (!confirm('Start a new route? The stops, name and note of this one are cleared.')) return;
  stops = [];
  nameInput.value = noteInput.value = '';
  render();
  announce('Cleared: press stops on the map to start a new route.');
};
