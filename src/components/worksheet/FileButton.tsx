/**
 * The one file-import control of every worksheet: a styled button that opens the file picker
 * (a real, visually hidden file input, so keyboards, screen readers and tests use it as such)
 * and a drop zone around it that takes a dragged file. Styles in `styles/controls.css`.
 */

interface Props {
  /** The input's id (its label is the button). */
  id: string;
  /** The button's words, also the input's accessible name. */
  label: string;
  /** File types the picker offers. */
  accept: string;
  disabled?: boolean;
  onFile: (file: File) => void;
}

/** Marks the drop zone while a file is dragged over it. */
const over = (event: DragEvent, on: boolean) => (event.preventDefault(), (event.currentTarget as HTMLElement).toggleAttribute('data-over', on));

/** A file picker that looks like every other button and accepts a dropped file. */
export default function FileButton({ id, label, accept, disabled = false, onFile }: Props) {
  return (
    <span
      class="file-button"
      data-file-button=""
      onDragOver={(e) => over(e, !disabled)}
      onDragLeave={(e) => over(e, false)}
      onDrop={(e) => {
        over(e, false);
        const file = e.dataTransfer?.files[0];
        if (file && !disabled) onFile(file);
      }}
    >
      <input
        id={id}
        class="file-button-input"
        type="file"
        accept={accept}
        disabled={disabled}
        onChange={(e) => {
          const input = e.currentTarget;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
      <label class="button file-button-label" for={id}>{label}</label>
      <span class="file-button-hint" aria-hidden="true">or drop a file here</span>
    </span>
  );
}
