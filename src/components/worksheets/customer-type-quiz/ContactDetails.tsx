/** The first step of the quiz: who the contact is (name, role) and which account they belong to. */
import type { Draft } from '../../../lib/worksheets/customer-type-quiz/schemas';

interface Props {
  draft: Draft;
  accounts: string[];
  errors: Partial<Record<'name' | 'account', string>>;
  onChange: (draft: Draft) => void;
  /** False until the saved data is read: the fields keep whatever the rep types meanwhile (the island picks it up). */
  live?: boolean;
}

const field = (id: string, error: string | undefined) => ({
  id,
  'aria-invalid': error ? ('true' as const) : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});

/** Name, role and account fields, with messages tied to the fields they concern. */
export default function ContactDetails({ draft, accounts, errors, onChange, live = true }: Props) {
  const shown = (text: string) => (live ? text : undefined);
  const set = (key: 'name' | 'role' | 'account') => (event: Event) =>
    onChange({ ...draft, [key]: (event.currentTarget as HTMLInputElement).value });
  return (
    <fieldset class="quiz-details">
      <legend>About the contact</legend>
      <p class="quiz-help">Names stay in this browser; initials will do.</p>
      <div class="quiz-field">
        <label for="quiz-name">Name (required)</label>
        <input {...field('quiz-name', errors.name)} type="text" maxLength={120} autoComplete="off" value={shown(draft.name)} onInput={set('name')} />
        {errors.name && <p class="quiz-error" id="quiz-name-error">{errors.name}</p>}
      </div>
      <div class="quiz-field">
        <label for="quiz-role">Role or job title</label>
        <input id="quiz-role" type="text" maxLength={120} autoComplete="off" value={shown(draft.role)} onInput={set('role')} />
      </div>
      <div class="quiz-field">
        <label for="quiz-account">Account (required)</label>
        <input
          {...field('quiz-account', errors.account)}
          type="text"
          maxLength={120}
          autoComplete="off"
          list="quiz-known-accounts"
          value={shown(draft.account)}
          onInput={set('account')}
        />
        <datalist id="quiz-known-accounts">
          {accounts.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
        {errors.account && <p class="quiz-error" id="quiz-account-error">{errors.account}</p>}
      </div>
    </fieldset>
  );
}
