/**
 * The only search code every page loads: shortcuts (/ and Ctrl/Cmd+K) and the first-use trigger.
 * The search itself (and Pagefind) is fetched when the field is first focused.
 */
export function initSearchLoader(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!form || !input) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Pagefind starts (its module, index entry and WebAssembly), and the glossary's terms and the places
    // load, while the search UI downloads rather than after it: the UI gets the same instances.
    const base = form.dataset['base'] ?? '/';
    void import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).catch(() => undefined);
    void import('./pagefind-client')
      .then((client) => {
        void client.loadDefinitions(base);
        void client.loadPlaces(base);
        return client.loadPagefind(base);
      })
      .catch(() => undefined);
    void import('./ui').then((ui) => ui.attachHeaderSearch(form, input));
  };
  input.addEventListener('focus', start);
  if (document.activeElement === input) start();
  document.addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
}

/** Wires the print buttons (shown only when script runs). */
export function initPrintButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => print());
  }
}
