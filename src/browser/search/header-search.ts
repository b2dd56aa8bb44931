/**
 * On a phone the header shows a search button instead of the field. Without script the button is
 * a link to the search page; with it, a press opens the same header field full width and focuses it.
 */
export function initHeaderSearch(): void {
  const header = document.querySelector<HTMLElement>('.site-header');
  const toggle = header?.querySelector<HTMLAnchorElement>('[data-search-toggle]');
  const input = header?.querySelector<HTMLInputElement>('[data-search-input]');
  if (!header || !toggle || !input) return;
  toggle.setAttribute('role', 'button');
  toggle.setAttribute('aria-expanded', 'false');
  const setOpen = (open: boolean) => {
    header.classList.toggle('search-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', (event) => {
    event.preventDefault();
    const open = !header.classList.contains('search-open');
    setOpen(open);
    if (open) input.focus();
  });
  toggle.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      toggle.click();
    }
  });
  header.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && header.classList.contains('search-open') && input.value === '') {
      setOpen(false);
      toggle.focus();
    }
  });
}
