/**
 * "On this page" follows the reader: the last heading scrolled past the reading line (a fifth of
 * the window from the top) gets aria-current="true" in the list; at the very end, the last one.
 * On a desktop the fold is opened (CSS already shows it there).
 */
export function initTocFollow(): void {
  const toc = document.querySelector<HTMLElement>('.toc');
  if (!toc) return;
  const fold = toc.querySelector('details');
  if (fold && matchMedia('(min-width: 64rem)').matches) {
    fold.open = true;
    fold.querySelector('summary')?.setAttribute('tabindex', '-1');
  }
  const links = new Map<Element, HTMLAnchorElement>();
  for (const link of toc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')) {
    const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
    if (heading) links.set(heading, link);
  }
  const headings = [...links.keys()];
  let current: HTMLAnchorElement | undefined;
  const update = () => {
    const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
    let reading = headings[0];
    for (const heading of headings) if (atEnd || heading.getBoundingClientRect().top <= innerHeight / 5) reading = heading;
    const link = reading && links.get(reading);
    if (link === current) return;
    current?.removeAttribute('aria-current');
    link?.setAttribute('aria-current', 'true');
    current = link;
  };
  const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -80% 0px' });
  headings.forEach((h) => observer.observe(h));
  addEventListener('scrollend', update, { passive: true });
}
