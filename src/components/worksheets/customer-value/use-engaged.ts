/**
 * True once the browser is idle after the first paint, or earlier on the rep's first interaction
 * (pointer, key, touch, wheel, scroll or focus). The values, table and charts load then: saved work
 * shows without a click, the JavaScript loaded before interaction stays within its budget, and
 * everything they draw goes into space already held for it.
 */
import { useEffect, useState } from 'preact/hooks';
import { whenIdle } from '../../../browser/worksheets/when-idle';

const events = ['pointerdown', 'pointermove', 'keydown', 'touchstart', 'wheel', 'scroll', 'focusin'] as const;

/** Whether the page is idle or the rep has interacted with it yet, and a way to say so (for a button that asks for the values). */
export function useEngaged(): [boolean, () => void] {
  const [engaged, setEngaged] = useState(false);
  useEffect(() => {
    const engage = () => {
      setEngaged(true);
      for (const name of events) removeEventListener(name, engage, true);
    };
    for (const name of events) addEventListener(name, engage, { capture: true, passive: true });
    const cancel = whenIdle(engage);
    return () => {
      cancel();
      for (const name of events) removeEventListener(name, engage, true);
    };
  }, []);
  return [engaged, () => setEngaged(true)];
}
