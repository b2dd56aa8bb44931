/**
 * Assumptions being typed show at once and are saved a moment after the typing stops (or when the
 * page is left): saving re-reads and re-validates every stored customer, which a keystroke need not wait for.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { updateAssumptions } from '../../../lib/worksheets/customer-value/records';
import type { Assumptions, ValueData } from '../../../lib/worksheets/customer-value/schemas';

type Update = (change: (data: ValueData, now: number) => ValueData) => void;

/** The assumptions typed but not saved yet (null when none), and the change handler of the assumptions form. */
export function useAssumptionDraft(update: Update): [Partial<Assumptions> | null, (change: Partial<Assumptions>) => void] {
  const [draft, setDraft] = useState<Partial<Assumptions> | null>(null);
  const typed = useRef<Partial<Assumptions> | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout>>();
  const save = () => {
    clearTimeout(pending.current);
    const change = typed.current;
    if (!change) return;
    typed.current = null;
    update((d, now) => updateAssumptions(d, change, now));
    setDraft(null);
  };
  useEffect(() => {
    addEventListener('pagehide', save);
    return () => removeEventListener('pagehide', save);
  }, [update]);
  const type = (change: Partial<Assumptions>) => {
    typed.current = { ...typed.current, ...change };
    setDraft(typed.current);
    clearTimeout(pending.current);
    pending.current = setTimeout(save, 400);
  };
  return [draft, type];
}
