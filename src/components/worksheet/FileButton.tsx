/**
 * The one file-import control of every worksheet: a styled button that opens the file picker
 * (a real, visually hidden file input, so keyboards, screen readers and tests use it as such)
 * and a drop zone around it that takes a dragged file. Styles in `styles/controls.css`.
 */
import { useState } from 'preact/hooks';

interface Props {
  /** The input's id (its label is the button). */
  id: string;
  /** The button's words, also the input's accessible name. */
  label: string;
  /** File types the picker offers. */
  accept: string;
  disabled?: boolean;
  /** Extra class on the label, e.g. "primary". */
  tone?: string;
  onFile: (file: File) => void;
}

/** A file picker that looks like every other button and accepts a dropped file. */
export default function FileButton({ id, label, accept, disabled = false, tone, onFile }: Props) {
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer?.files[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <span
      class="file-button"
      data-file-button=""
      data-over={over ? '' : undefined}
      onDragOver={(e) => (e.preventDefault(), setOver(!disabled))}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={id}
        class="file-button-input"
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <label class={`button file-button-label${tone ? ` ${tone}` : ''}`} for={id}>
        {label}
      </label>
      <span class="file-button-hint" aria-hidden="true">or drop a file here</span>
    </span>
  );
}
