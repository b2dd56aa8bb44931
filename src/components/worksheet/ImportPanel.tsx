/**
 * Import a worksheet export: the file is validated (messages name the field), and when it would
 * replace existing records the rep chooses to replace them, keep theirs, or cancel.
 */
import { useState } from 'preact/hooks';
import { parseEnvelope, planImport, type Collections, type ImportPlan, type WorksheetDefinition } from '../../lib/worksheet-state';

interface Props<T extends Collections> {
  def: WorksheetDefinition<T>;
  /** The collection the import is about (e.g. "contacts"), and how to name its records. */
  collection: keyof T & string;
  noun: { one: string; many: string };
  current: T;
  onImport: (incoming: T, mode: 'keep-mine' | 'replace') => void;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'error'; problems: string[] }
  | { kind: 'confirm'; incoming: Collections; plan: ImportPlan }
  | { kind: 'done'; message: string };

/** File picker plus the validation and confirmation steps of an import. */
export default function ImportPanel<T extends Collections>({ def, collection, noun, current, onImport }: Props<T>) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const inputId = `import-${def.worksheet}`;
  const count = (n: number) => `${n} ${n === 1 ? noun.one : noun.many}`;

  const finish = (incoming: T, plan: ImportPlan, mode: 'keep-mine' | 'replace') => {
    onImport(incoming, mode);
    const replaced = mode === 'replace' ? plan.conflicts.length : 0;
    const kept = mode === 'keep-mine' ? plan.conflicts.length : 0;
    const parts = [`Imported ${count(plan.added.length)}`];
    if (replaced) parts.push(`replaced ${count(replaced)}`);
    if (kept) parts.push(`kept your ${count(kept)} unchanged`);
    if (plan.unchanged.length) parts.push(`${count(plan.unchanged.length)} already here`);
    setStep({ kind: 'done', message: `${parts.join(', ')}.` });
  };

  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseEnvelope(def, await file.text());
    if (!parsed.ok) return setStep({ kind: 'error', problems: parsed.problems.map((p) => `${file.name}: ${p}`) });
    const plan = planImport(current[collection] ?? {}, parsed.data[collection] ?? {});
    if (plan.conflicts.length > 0) return setStep({ kind: 'confirm', incoming: parsed.data, plan });
    finish(parsed.data, plan, 'keep-mine');
  };

  return (
    <div class="import-panel">
      <label for={inputId}>Import a saved file of the {def.label} (.json)</label>{' '}
      <input id={inputId} type="file" accept="application/json,.json" onChange={onFile} />
      <div role="status" aria-live="polite">
        {step.kind === 'done' && <p>{step.message}</p>}
      </div>
      {step.kind === 'error' && (
        <div class="callout warning" role="alert">
          <p>Nothing was imported. The file has problems:</p>
          <ul>{step.problems.map((p) => <li>{p}</li>)}</ul>
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
