/**
 * Wires the theme control: each press moves system → light → dark → system. The label shows the
 * theme that is on (CSS picks it from data-theme on <html>, so it is right before this runs).
 * The choice is remembered in localStorage `atlas-theme`; "system" removes it.
 */
import { nextTheme, storedTheme } from '../../lib/site/site-area';

/** Attaches the cycling behaviour to the header's `[data-theme-toggle]` button. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  button.addEventListener('click', () => {
    const next = nextTheme(storedTheme(root.dataset['theme']));
    if (next === 'system') delete root.dataset['theme'];
    else root.dataset['theme'] = next;
    try {
      if (next === 'system') localStorage.removeItem('atlas-theme');
      else localStorage.setItem('atlas-theme', next);
    } catch {
      // Storage may be off (private mode); the theme still applies to this page.
    }
  });
}
