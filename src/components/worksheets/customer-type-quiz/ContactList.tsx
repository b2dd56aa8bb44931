/** The classified contacts of one account, each with its type and buttons to view, edit or delete it. */
import type { AccountContact } from '../../../lib/worksheets/customer-type-quiz/account';
import { classify } from '../../../lib/worksheets/customer-type-quiz/classify';
import { customerTypes } from '../../../lib/worksheets/customer-type-quiz/types';

interface Props {
  contacts: AccountContact[];
  onShow: (id: string) => void;
  onEdit: (id: string) => void;
  onDelete: (id: string) => void;
}

/** A list of contacts; names are rendered as text, never as HTML. */
export default function ContactList({ contacts, onShow, onEdit, onDelete }: Props) {
  return (
    <ul class="quiz-contacts">
      {contacts.map((c) => {
        const result = classify(c.answers);
        const type = result.status === 'classified' ? customerTypes[result.primary].name : 'Not classified';
        return (
          <li key={c.id} class="quiz-contact" data-contact={c.id}>
            <span class="quiz-contact-who">
              <span class="quiz-contact-name">{c.name}</span>
              {c.role && <span class="quiz-contact-role">, {c.role}</span>}
            </span>
            <span class="quiz-contact-type">{type}</span>
            <span class="button-row">
              <button type="button" class="button" aria-label={`Result ${c.name}`} onClick={() => onShow(c.id)}>Result</button>{' '}
              <button type="button" class="button" aria-label={`Edit ${c.name}`} onClick={() => onEdit(c.id)}>Edit</button>{' '}
              <button type="button" class="button" aria-label={`Delete ${c.name}`} onClick={() => onDelete(c.id)}>Delete</button>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
