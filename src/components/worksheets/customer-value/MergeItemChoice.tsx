/** One customer in the merge review: its name here and in the file, the fields that would change (old → new), and update / keep mine / add as new. */
import { fields } from '../../../lib/worksheets/customer-value/columns';
import type { MergeChoice, MergeItem } from '../../../lib/worksheets/customer-value/merge';

interface Props {
  item: MergeItem;
  index: number;
  choice: MergeChoice | undefined;
  onChoose: (choice: MergeChoice) => void;
}

const shown = (v: unknown) => (v === null || v === '' || v === undefined ? 'empty' : typeof v === 'number' ? v.toLocaleString('en') : String(v));
const options: { value: MergeChoice; label: (item: MergeItem) => string }[] = [
  { value: 'update', label: (item) => (item.kind === 'uncertain' ? `Same customer: update ${item.existing}` : 'Update') },
  { value: 'keep', label: (item) => (item.kind === 'uncertain' ? 'Same customer: keep mine' : 'Keep mine') },
  { value: 'new', label: () => 'Add as a new customer' },
];

/** A fieldset of three radios. */
export default function MergeItemChoice({ item, index, choice, onChoose }: Props) {
  const legend = item.kind === 'uncertain' ? `“${item.row.name}” (row ${item.row.row}) and “${item.existing}” here` : `${item.existing} (row ${item.row.row})`;
  return (
    <fieldset class={`cv-merge-item cv-merge-${item.kind}`}>
      <legend>{legend}</legend>
      {item.changes.length > 0 ? (
        <ul class="cv-changes">
          {item.changes.map((c) => <li key={c.field}>{fields[c.field].noun}: {shown(c.from)} → {shown(c.to)}</li>)}
        </ul>
      ) : (
        <p class="cv-changes">Same figures.</p>
      )}
      <div class="cv-merge-options">
        {options.map((o) => (
          <span class="cv-check" key={o.value}>
            <input type="radio" id={`cv-merge-${index}-${o.value}`} name={`cv-merge-${index}`} value={o.value} checked={choice === o.value} onChange={() => onChoose(o.value)} />
            <label for={`cv-merge-${index}-${o.value}`}>{o.label(item)}</label>
          </span>
        ))}
      </div>
    </fieldset>
  );
}
