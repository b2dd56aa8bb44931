/**
 * True from the rep's first interaction with the page (pointer, key, touch, wheel, scroll or
 * focus). The values, table and charts load then, so the JavaScript a page loads before any
 * interaction stays within its budget; everything they draw goes into space already held for it.
 */
import { useEffect, useState } from 'preact/hooks';

const events = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;

/** Whether the rep has interacted with the page yet, and a way to say so (for a button that asks for the values). */
export function useEngaged(): [boolean, () => void] {
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    const engage = () => {
      setEngaged(true);
      for (const name of events) removeEventListener(name, engage, true);
    };
    for (const name of events) addEventListener(name, engage, { capture: true, passive: true });
    return () => {
      for (const name of events) removeEventListener(name, engage, true);
    };
  }, []);
  return [engaged, () => setEngaged(true)];
}
