/**
 * The one file-import control of every worksheet (and of the team roll-up): a styled button that
 * opens the file picker (a real, visually hidden file input, so keyboards, screen readers and tests
 * use it as such) and a drop zone around it that takes a dragged file. Styles in `styles/controls.css`.
 */

interface Props {
  /** The input's id (its label is the button). */
  id: string;
  /** The button's words, also the input's accessible name. */
  label: string;
  /** File types the picker offers (default: any). */
  accept?: string;
  disabled?: boolean;
  /** Several files at once. */
  multiple?: boolean;
  /** A whole folder, through the browser's folder picker. */
  folder?: boolean;
  /** The words beside the button (default "or drop a file here"); null where a larger drop zone around says it. */
  hint?: string | null;
  /** One file, picked or dropped (the first, when several come). */
  onFile?: (file: File) => void;
  /** Every file picked, or what was dropped as it came (a DataTransfer, folders included); used instead of onFile when given. */
  onFiles?: (source: readonly File[] | DataTransfer) => void;
}

/** Marks the drop zone while a file is dragged over it. */
const over = (event: DragEvent, on: boolean) => (event.preventDefault(), (event.currentTarget as HTMLElement).toggleAttribute('data-over', on));

/** A file picker that looks like every other button and accepts a dropped file. */
/** Makes the input pick folders. Set in the browser, not in the HTML: `webkitdirectory` is not standard HTML, and the page must stay valid for the W3C Nu checker. */
const pickFolders = (input: HTMLInputElement | null) => {
  if (input) input.webkitdirectory = true;
};

export default function FileButton({ id, label, accept, disabled = false, multiple = false, folder = false, hint = 'or drop a file here', onFile, onFiles }: Props) {
  return (
    <span
      class="file-button"
      data-file-button=""
      onDragOver={(e) => over(e, !disabled)}
      onDragLeave={(e) => over(e, false)}
      onDrop={(e) => {
        over(e, false);
        // Taken here: a drop zone around this one must not read the same files again.
        e.stopPropagation();
        const data = e.dataTransfer;
        if (!data || disabled) return;
        if (onFiles) return onFiles(data);
        const file = data.files[0];
        if (file) onFile?.(file);
      }}
    >
      <input
        id={id}
        class="file-button-input"
        type="file"
        accept={accept}
        multiple={multiple || folder}
        disabled={disabled}
        ref={folder ? pickFolders : null}
        onChange={(e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (onFiles) return files.length > 0 && onFiles(files);
          if (files[0]) onFile?.(files[0]);
        }}
      />
      <label class="button file-button-label" for={id}>{label}</label>
      {hint && <span class="file-button-hint" aria-hidden="true">{hint}</span>}
    </span>
  );
}
