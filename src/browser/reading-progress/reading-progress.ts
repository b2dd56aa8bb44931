/**
 * The small part of reading progress that every page with progress loads. On an article page it
 * notes the article as the one opened last, watches for the end marker and wires "Mark as read";
 * the checked store and the page decorations (src/browser/reading-progress/progress-ui.ts, with zod) load
 * only when needed: when the end is reached, on the first interaction, or on pages that show progress.
 */
import { LAST_OPENED_KEY } from '../../lib/reading-progress/keys';

const ui = () => import('./progress-ui');
const end = document.querySelector<HTMLElement>('[data-read-end]');
const id = end?.dataset['readEnd'];
if (end && id) {
  try {
    localStorage.setItem(LAST_OPENED_KEY, id);
  } catch {
    // Storage off: progress simply is not kept.
  }
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) {
      seen.disconnect();
      void ui().then((m) => m.reachedEnd(id));
    }
  });
  seen.observe(end);
  const button = document.querySelector<HTMLButtonElement>('[data-mark-read]');
  if (button) {
    button.classList.add('is-ready');
    button.onclick = () => void ui().then((m) => m.toggleRead(id));
    const first = new AbortController();
    // The page's marks (read stops on the section rail, "updated since you read it") wait for the
    // first interaction too, so the checked store never loads before it.
    const show = () => (first.abort(), void ui().then((m) => (m.showArticle(id), m.decorate())));
    for (const type of ['scroll', 'pointerdown', 'keydown']) addEventListener(type, show, { passive: true, signal: first.signal });
  }
}
if (!end && document.querySelector('[data-article-id],[data-continue-slot],[data-progress-page]')) void ui().then((m) => m.decorate());
