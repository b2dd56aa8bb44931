/** Keyboard use of a search panel's results. */

/** Arrow keys, Home and End move through the panel's links; up from the first returns to the field. */
export function keyboard(input: HTMLInputElement, root: HTMLElement): void {
  const links = () => [...root.querySelectorAll<HTMLAnchorElement>('.search-definition a, .search-results a, a.search-more:not([hidden])')];
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0]!.focus();
    }
  });
  root.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const move = (to: number) => {
      event.preventDefault();
      if (to < 0) input.focus();
      else all[Math.min(to, all.length - 1)]!.focus();
    };
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
  });
}
