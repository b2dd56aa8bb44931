/**
 * The column choices of the mapping step as one compact list: the fields this sheet fills (and
 * the two it must) each on one line, label and column side by side; the fields it seems not to
 * hold folded below, so a phone shows a few lines, not twelve stacked selects.
 */
import { useState } from 'preact/hooks';
import { fieldIds, fields, requiredFields, type FieldId, type Mapping } from '../../../lib/worksheets/customer-value/columns';

interface Props {
  headers: string[];
  mapping: Mapping;
  onChange: (id: FieldId, column: number | null) => void;
}

/** The fieldset of column selects. */
export default function MappingFields({ headers, mapping, onChange }: Props) {
  // Which fields are shown up front is fixed when the step opens, so a choice never moves a line.
  const [upFront] = useState(() => fieldIds.filter((id) => mapping[id] !== null || requiredFields.includes(id)));
  const rest = fieldIds.filter((id) => !upFront.includes(id));
  const select = (id: FieldId) => (
    <div class="cv-column" key={id}>
      <label for={`cv-map-${id}`}>{fields[id].label}</label>
      <select id={`cv-map-${id}`} value={mapping[id] === null ? '' : String(mapping[id])} onChange={(e) => onChange(id, e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
        <option value="">Not in this sheet</option>
        {headers.map((h, i) => <option value={String(i)} key={i}>{h || `Column ${i + 1}`}</option>)}
      </select>
    </div>
  );
  return (
    <fieldset class="cv-columns">
      <legend>Which column holds what</legend>
      {upFront.map(select)}
      {rest.length > 0 && (
        <details class="cv-more-fields">
          <summary>{rest.length} more fields this sheet does not seem to hold</summary>
          {rest.map(select)}
        </details>
      )}
    </fieldset>
  );
}
