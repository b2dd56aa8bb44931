/** Wires the theme toggle: pressed means dark. The choice is remembered; without one, the system setting rules. */
export function initThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const media = matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset['theme'] ?? (media.matches ? 'dark' : 'light')) === 'dark';
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset['theme'] = next;
    try {
      localStorage.setItem('atlas-theme', next);
    } catch {
      // Storage may be off (private mode); the theme still applies to this page.
    }
    show();
  });
  media.addEventListener('change', show);
  show();
}
