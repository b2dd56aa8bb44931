/** Assertions for what a rendered component shows, beyond "the query found it". */
import { expect } from 'vitest';

/** Fails unless the element is shown to every reader: no `hidden` or `aria-hidden="true"` on it or above it. */
export function expectShown(element: HTMLElement): void {
  const hider = element.closest('[hidden], [aria-hidden="true"]');
  expect(hider, `"${element.textContent?.trim()}" is inside a hidden <${hider?.tagName.toLowerCase()}>`).toBeNull();
}
