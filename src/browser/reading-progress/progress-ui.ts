/**
 * Reading progress on the page, loaded on demand by src/browser/reading-progress/reading-progress.ts: marks read
 * stops on the atlas, fills "3 of 6 read" beside each section and the "continue" slot on home,
 * keeps the "Mark as read" button in step, and reports progress that had to be kept aside.
 */
import { continueTarget, isRead, markRead, markReadAgain, markUnread, readTime, sectionCount, sectionProgressLabel, type ReadingProgress } from '../../lib/reading-progress/progress';
import { updatedSinceRead } from '../../lib/articles/freshness';
import { lastOpened, openProgress, updateProgress, type OpenedProgress } from '../../lib/reading-progress/store';
import { readingOrderList } from '../../lib/reading-progress/schemas';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** "Your reading", under the site's base. */
const progressPage = `${base}progress/`;

let opened: OpenedProgress | undefined;

/** The saved progress, read (and, when broken, kept aside and reported) once per page. */
export function progress(): ReadingProgress {
  if (!opened) {
    opened = openProgress(localStorage, Date.now());
    if (opened.keptAside) reportKeptAside(opened.keptAside.key, opened.keptAside.problems);
  }
  return opened.progress;
}

function save(change: (p: ReadingProgress) => ReadingProgress): ReadingProgress {
  progress();
  opened = { progress: updateProgress(localStorage, change, Date.now()) };
  return opened.progress;
}

function announce(text: string): void {
  const note = document.querySelector('[data-read-note]');
  if (note) note.textContent = text;
}

/** Shows on the article's button whether it counts as read. */
export function showArticle(id: string): void {
  document.querySelector('[data-mark-read]')?.setAttribute('aria-pressed', String(isRead(progress(), id)));
}

/** Whether `id` changed after it was read, going by the `data-changed` day the page gives it. */
function changedSinceRead(done: ReadingProgress, id: string, changed: string | undefined): boolean {
  const at = readTime(done, id);
  return at !== null && changed !== undefined && updatedSinceRead(changed, at);
}

/** The end of the article came into view: it counts as read (again, when it changed since the last reading). */
export function reachedEnd(id: string): void {
  const mark = document.querySelector<HTMLElement>('[data-since-read]');
  if (changedSinceRead(progress(), id, mark?.dataset['changed'])) {
    save((p) => markReadAgain(p, id, 'end', Date.now()));
    decorate();
    return announce('You reached the end: this article counts as read again, with its latest changes.');
  }
  if (isRead(progress(), id)) return showArticle(id);
  save((p) => markRead(p, id, 'end', Date.now()));
  showArticle(id);
  decorate();
  announce('You reached the end: this article counts as read.');
}

/** "Mark as read" pressed: read becomes unread and the other way round. */
export function toggleRead(id: string): void {
  const read = isRead(progress(), id);
  save((p) => (read ? markUnread(p, id) : markRead(p, id, 'marked', Date.now())));
  showArticle(id);
  decorate();
  announce(read ? 'Marked as unread.' : 'Marked as read.');
}

/** Marks read stops, fills section counts and the continue slot from the saved progress. */
export function decorate(): void {
  const done = progress();
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-article-id]')];
  for (const link of links) {
    const id = link.dataset['articleId']!;
    link.classList.toggle('is-read', isRead(done, id));
    link.classList.toggle('is-updated', changedSinceRead(done, id, link.dataset['changed']));
  }
  for (const mark of document.querySelectorAll<HTMLElement>('[data-since-read]')) {
    mark.classList.toggle('is-shown', changedSinceRead(done, mark.dataset['sinceRead']!, mark.dataset['changed']));
  }
  for (const span of document.querySelectorAll<HTMLElement>('[data-section-progress]')) {
    const region = span.closest('[data-section-id]') ?? document;
    const ids = [...new Set([...region.querySelectorAll<HTMLElement>('[data-article-id]')].map((a) => a.dataset['articleId']!))];
    const { read } = sectionCount(done, ids);
    span.textContent = sectionProgressLabel(read, Number(span.dataset['total']) || ids.length);
  }
  const slot = document.querySelector<HTMLElement>('[data-continue-slot]');
  if (slot) void fillContinue(slot, done);
}

/** Every article in reading order (reading-order.json, checked), or null when it cannot be had. */
async function readingOrder(): Promise<{ id: string; title: string; path: string }[] | null> {
  try {
    const response = await fetch(`${base}reading-order.json`);
    const parsed = readingOrderList.safeParse(response.ok ? await response.json() : null);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Home's slot: a label line, then one line (the title cut short if need be) with the article and "Your reading". */
async function fillContinue(slot: HTMLElement, done: ReadingProgress): Promise<void> {
  const order = await readingOrder();
  const target = order && continueTarget(done, lastOpened(localStorage), order.map((a) => a.id));
  const entry = target && order.find((a) => a.id === target.id);
  const label = !order ? 'Your reading' : entry ? { resume: 'Continue where you left off', next: 'Read next', start: 'Start reading' }[target.reason] : 'Your reading';
  slot.innerHTML = '<p class="continue-reading"><span class="eyebrow"></span> <span class="continue-line"></span></p>';
  slot.querySelector('.eyebrow')!.textContent = label;
  const line = slot.querySelector('.continue-line')!;
  if (entry) {
    const to = document.createElement('a');
    to.className = 'continue-to';
    to.href = `${base}${entry.path}`;
    to.textContent = entry.title;
    line.append(to, ' · ');
  } else if (order) {
    const all = document.createElement('span');
    all.className = 'continue-to';
    all.textContent = 'You have read every article.';
    line.append(all, ' · ');
  }
  const all = document.createElement('a');
  all.href = progressPage;
  all.textContent = 'Your reading';
  line.append(all);
}

/** Tells the reader, without blocking the page, that saved progress could not be read and where its copy is. */
function reportKeptAside(key: string, problems: string[]): void {
  const box = document.createElement('div');
  box.className = 'atlas-toast progress-notice';
  box.innerHTML = '<p role="alert"></p><a class="button"></a> <button type="button" class="button">Dismiss</button>';
  box.querySelector('p')!.textContent = `Your saved reading progress could not be read (${problems[0] ?? 'unknown problem'}), so it starts afresh. The old data is kept in this browser under “${key}”.`;
  const link = box.querySelector('a')!;
  link.href = progressPage;
  link.textContent = 'See Your reading';
  box.querySelector('button')!.onclick = () => box.remove();
  document.body.append(box);
}
