/** A number input that keeps what the rep types, saves only valid numbers, and says plainly what is wrong. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { readNumber } from '../../../lib/worksheets/customer-value/cells';

interface Props {
  id: string;
  label: string;
  value: number | null;
  min: number;
  max: number;
  /** Whole numbers only. */
  whole?: boolean;
  /** Unit after the box, e.g. "%" or "years". */
  unit?: string;
  /** Allows an empty box (saved as null). */
  optional?: boolean;
  onChange: (value: number | null) => void;
}

/** Reads a typed number as an imported cell is read ("1,200", "12.5", "12,5", "$300"); NaN when it is not one. */
export function typedNumber(text: string): number {
  const read = readNumber(text);
  return read.ok && read.value !== null ? read.value : NaN;
}

/** One labelled number box with its unit and error. */
export default function NumberField({ id, label, value, min, max, whole, unit, optional, onChange }: Props) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (document.activeElement !== input.current) setText(value === null ? '' : String(value)), setError('');
  }, [value]);
  const onInput = (event: Event) => {
    const next = (event.currentTarget as HTMLInputElement).value;
    setText(next);
    if (optional && next.trim() === '') return setError(''), onChange(null);
    const n = typedNumber(next);
    const ok = Number.isFinite(n) && n >= min && n <= max && (!whole || Number.isInteger(n));
    setError(ok ? '' : `Use ${whole ? 'a whole number' : 'a number'} from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}${optional ? ', or leave it empty' : ''}.`);
    if (ok) onChange(n);
  };
  return (
    <div class="cv-field">
      <label for={id}>{label}</label>
      <span class="cv-number">
        <input id={id} ref={input} type="text" inputMode="decimal" autocomplete="off" value={text} onInput={onInput} aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `${id}-error` : undefined} />
        {unit && <span class="cv-unit">{unit}</span>}
      </span>
      {error && <span id={`${id}-error`} class="cv-error">{error}</span>}
    </div>
  );
}
