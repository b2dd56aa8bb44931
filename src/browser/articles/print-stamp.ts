import { printedOn } from '../../lib/articles/printed-on';

/**
 * Fills the print header (src/components/articles/PrintHeader.astro) with the page's full address and
 * today's date. Without script the header shows the page's path and the build date.
 */
export function stampPrintHeader(): void {
  const parts = document.querySelector('.print-header')?.children;
  if (!parts || parts.length < 3) return;
  parts[1]!.textContent = location.href.split('#')[0]!;
  parts[2]!.textContent = printedOn(new Date());
}
