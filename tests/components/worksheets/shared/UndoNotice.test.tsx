/** The shared undo notice: announced in a live region, focus to Undo when the removed row held it, and back to the restored row after. */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import UndoNotice from '../../../../src/components/worksheets/shared/UndoNotice';
import type { Removal } from '../../../../src/lib/worksheets/undo';

afterEach(cleanup);

/** A list with Remove buttons and the notice, as an island wires them. */
function List({ start }: { start: string[] }) {
  const [names, setNames] = useState(start);
  const [removed, setRemoved] = useState<Removal | null>(null);
  return (
    <section>
      <h2>Customers</h2>
      <UndoNotice
        removed={removed}
        verb="Removed"
        undoing="removing"
        class="undo-row"
        onUndo={(id) => (setNames((n) => [...n, id].sort()), setRemoved(null))}
        restored={(id) => document.getElementById(`row-${id}`)}
      />
      <ul>
        {names.map((n) => (
          <li key={n}>
            <button id={`row-${n}`} type="button" onClick={() => (setNames((all) => all.filter((x) => x !== n)), setRemoved({ id: n, name: n }))}>
              Remove {n}
            </button>
          </li>
        ))}
      </ul>
      <button type="button">Elsewhere</button>
    </section>
  );
}

describe('UndoNotice', () => {
  it('says what was removed in a live region, moves focus to Undo, and after Undo back to the restored row', async () => {
    render(<List start={['Acme', 'Globex']} />);
    const remove = screen.getByRole('button', { name: 'Remove Acme' });
    remove.focus();
    fireEvent.click(remove);
    const undo = await screen.findByRole('button', { name: 'Undo removing Acme' });
    expect(screen.getByRole('status').textContent).toBe('Removed Acme. Undo removing Acme');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    fireEvent.click(undo);
    await waitFor(() => expect(document.activeElement).toBe(document.getElementById('row-Acme')));
    expect(screen.getByRole('status').textContent).toBe('Restored Acme.');
  });

  it('leaves focus alone when the removal did not take it away', async () => {
    render(<List start={['Acme', 'Globex']} />);
    const elsewhere = screen.getByRole('button', { name: 'Elsewhere' });
    elsewhere.focus();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Globex' }));
    await screen.findByRole('button', { name: 'Undo removing Globex' });
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).toBe(elsewhere);
  });
});
