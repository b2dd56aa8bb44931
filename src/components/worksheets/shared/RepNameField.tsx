/** "Your name (for exports)": one small field shared by every worksheet (one key in this browser), read when a file is exported. */
import { useEffect, useState } from 'preact/hooks';
import { maxRepName, REP_NAME_KEY } from '../../../lib/worksheets/rep-name';
import { repName, saveRepName } from '../../../browser/worksheets/rep-name-store';

interface Props {
  /** The input's id, unique on the page. */
  id: string;
}

/** A labelled text field; the name is saved when the rep leaves the field or presses Enter. */
export default function RepNameField({ id }: Props) {
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  useEffect(() => {
    setName(repName() ?? '');
    const follow = (event: StorageEvent) => event.key === REP_NAME_KEY && setName(repName() ?? '');
    addEventListener('storage', follow);
    return () => removeEventListener('storage', follow);
  }, []);
  const save = (typed: string) => {
    const ok = saveRepName(typed);
    setNote(ok ? (typed.trim() ? 'Saved: your exports carry this name.' : 'Your exports carry no name.') : 'This browser did not keep the name.');
    if (ok) setName(repName() ?? '');
  };
  return (
    <div class="rep-name">
      <label for={id}>Your name (for exports)</label>
      <input id={id} type="text" autocomplete="name" maxLength={maxRepName} value={name} aria-describedby={`${id}-hint`}
        onInput={(e) => setName(e.currentTarget.value)} onChange={(e) => save(e.currentTarget.value)} />
      <span id={`${id}-hint`} class="rep-name-hint" aria-live="polite">{note || 'Optional. It tells your manager’s team roll-up whose file it is. Kept in this browser only.'}</span>
    </div>
  );
}
