/** A count of customers that folds open into the full list of their names (drawn only when open, so long lists cost nothing folded). */
import { useState } from 'preact/hooks';

/** "New (12)" folded; open, every name. */
export default function NameList({ label, names, class: className = '' }: { label: string; names: string[]; class?: string }) {
  const [open, setOpen] = useState(false);
  if (names.length === 0) return null;
  return (
    <details class={`cv-name-list ${className}`} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{label} ({names.length})</summary>
      {open && <ul>{names.map((n, i) => <li key={i}>{n}</li>)}</ul>}
    </details>
  );
}
