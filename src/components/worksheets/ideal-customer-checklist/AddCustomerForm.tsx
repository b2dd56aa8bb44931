/** The form that adds a customer to score. */
import { useState } from 'preact/hooks';
import { cleanName } from '../../../lib/worksheets/ideal-customer-checklist/records';
import { maxNameLength } from '../../../lib/worksheets/ideal-customer-checklist/schemas';

interface Props {
  onAdd: (name: string) => void;
}

/** A name field and an Add button; an empty name is refused with a message. */
export default function AddCustomerForm({ onAdd }: Props) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const submit = (event: Event) => {
    event.preventDefault();
    const clean = cleanName(name);
    if (!clean) return setError('Type the customer’s name first.');
    setError('');
    setName('');
    onAdd(clean);
  };
  return (
    <form class="add-customer no-print" onSubmit={submit} noValidate>
      <label for="new-customer-name">Customer name</label>
      <div class="inline-field">
        <input
          id="new-customer-name"
          type="text"
          autocomplete="off"
          maxLength={maxNameLength}
          value={name}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'new-customer-error' : undefined}
          onInput={(e) => setName(e.currentTarget.value)}
        />{' '}
        <button type="submit" class="button primary">
          Add and score
        </button>
      </div>
      {error && (
        <p id="new-customer-error" class="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
