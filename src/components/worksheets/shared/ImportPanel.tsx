/**
 * Import a worksheet export: the file is checked and every problem said in plain words (what the
 * file held, what is wrong), with the schema's field paths in a "details" disclosure. When the
 * file would replace existing records the rep chooses to replace them, keep theirs, or cancel.
 * Over 100 lines because its steps (choose, problems, confirm, done) are one small state machine
 * shared by every worksheet; the reading and planning are in `src/lib`.
 */
import { agreeing } from '../../../lib/site/plural-phrases';
import { useState } from 'preact/hooks';
import { countOf, readImportFile, type ImportReading, type ImportWording } from '../../../lib/worksheets/import';
import FileButton from './FileButton';
import { planImport, type Collections, type ImportPlan, type WorksheetDefinition } from '../../../lib/worksheets/state';

interface Props<T extends Collections> {
  def: WorksheetDefinition<T>;
  /** The collection the import is about (e.g. "contacts"), and how to name its records. */
  collection: keyof T & string;
  noun: { one: string; many: string };
  current: T;
  onImport: (incoming: T, mode: 'keep-mine' | 'replace') => void;
  /** Reads a file (optional): a worksheet's own wording, or other formats such as CSV (a reader may load its code first, so it may answer later). Default: the JSON export, worded generically. */
  read?: (text: string, fileName: string, current: T) => ImportReading<T> | Promise<ImportReading<T>>;
  /** File types the picker offers (default JSON). */
  accept?: string;
  /** The picker's label (default "Import a saved file of the … (.json)"). */
  label?: string;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; file: string; held: string; problems: string[]; details: string[] }
  | { kind: 'confirm'; incoming: Collections; plan: ImportPlan }
  | { kind: 'done'; message: string };

/** Generic wording: counts the records of one collection and names a record by its number in the file. */
const genericWording = (collection: string, noun: { one: string; many: string }): ImportWording => {
  const records = (data: unknown) => {
    const c = typeof data === 'object' && data !== null ? (data as Record<string, unknown>)[collection] : undefined;
    return typeof c === 'object' && c !== null ? Object.keys(c) : [];
  };
  return {
    held: (data) => `The file holds ${countOf(records(data).length, noun.one, noun.many)}.`,
    explain: (issues, data) =>
      issues.map((issue) => {
        const [name, id, , field] = issue.path as (string | undefined)[];
        if (name !== collection || id === undefined) return `Part of the file (${String(name ?? 'its contents')}) is damaged: it ${issue.message}.`;
        const n = records(data).indexOf(id) + 1;
        return `${noun.one[0]!.toUpperCase()}${noun.one.slice(1)} ${n}: ${field ? `its ${field} ` : 'it '}${issue.message}.`;
      }),
  };
};

/** File picker plus the checking and confirmation steps of an import. */
export default function ImportPanel<T extends Collections>({ def, collection, noun, current, onImport, read, accept, label }: Props<T>) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const inputId = `import-${def.worksheet}`;
  const count = (n: number) => countOf(n, noun.one, noun.many);

  const finish = (incoming: T, plan: ImportPlan, mode: 'keep-mine' | 'replace') => {
    onImport(incoming, mode);
    if (plan.added.length === 0 && (mode === 'keep-mine' || plan.conflicts.length === 0)) {
      const kept = plan.conflicts.length ? `; you kept your ${count(plan.conflicts.length)}` : '';
      return setStep({ kind: 'done', message: `Nothing new: the file’s ${count(plan.unchanged.length + plan.conflicts.length)} ${agreeing(plan.unchanged.length + plan.conflicts.length, 'is', 'are')} already here${kept}.` });
    }
    const replaced = mode === 'replace' ? plan.conflicts.length : 0;
    const kept = mode === 'keep-mine' ? plan.conflicts.length : 0;
    const parts = [`Imported ${count(plan.added.length)}`];
    if (replaced) parts.push(`replaced ${count(replaced)}`);
    if (kept) parts.push(`kept your ${count(kept)} unchanged`);
    if (plan.unchanged.length) parts.push(`${count(plan.unchanged.length)} already here`);
    setStep({ kind: 'done', message: `${parts.join(', ')}.` });
  };

  const onFile = async (file: File) => {
    // Too large or not text: refused before it is parsed (src/lib/worksheets/import-file.ts).
    // The file checks load with the first file, not with the page.
    const chosen = await (await import('../../../lib/worksheets/import-file')).readImportText(file);
    const reading = !chosen.ok ? chosen : read ? await read(chosen.text, file.name, current) : readImportFile(def, chosen.text, genericWording(collection, noun));
    if (!reading.ok) return setStep({ kind: 'error', file: file.name, held: reading.held, problems: reading.problems, details: reading.details });
    const plan = planImport(current[collection] ?? {}, reading.data[collection] ?? {});
    if (plan.conflicts.length > 0) return setStep({ kind: 'confirm', incoming: reading.data, plan });
    finish(reading.data, plan, 'keep-mine');
  };

  return (
    <div class="import-panel">
      <FileButton id={inputId} label={label ?? `Import a saved file of the ${def.label} (.json)`} accept={accept ?? 'application/json,.json'} onFile={(file) => void onFile(file)} />
      <div role="status" aria-live="polite">
        {step.kind === 'done' && <p>{step.message}</p>}
      </div>
      {step.kind === 'error' && (
        <div class="callout warning import-problems" role="alert">
          <p>
            <strong>Nothing was imported from {step.file}.</strong> {step.held}
          </p>
          <ul>{step.problems.map((p) => <li key={p}>{p}</li>)}</ul>
          <details>
            <summary>Details for whoever repairs the file</summary>
            <ul>{step.details.map((d) => <li key={d}><code>{d}</code></li>)}</ul>
          </details>
        </div>
      )}
      {step.kind === 'confirm' && (
        <div class="callout warning" role="alertdialog" aria-labelledby="import-confirm-title">
          <p id="import-confirm-title">
            This file would replace {count(step.plan.conflicts.length)} you already have (and add {count(step.plan.added.length)}).
            What should happen to yours?
          </p>
          <p class="button-row">
            <button type="button" class="button" onClick={() => finish(step.incoming as T, step.plan, 'replace')}>
              Replace mine with the file's
            </button>{' '}
            <button type="button" class="button" onClick={() => finish(step.incoming as T, step.plan, 'keep-mine')}>
              Keep mine, add only new
            </button>{' '}
            <button type="button" class="button" onClick={() => setStep({ kind: 'idle' })}>
              Cancel import
            </button>
          </p>
        </div>
      )}
    </div>
  );
}
