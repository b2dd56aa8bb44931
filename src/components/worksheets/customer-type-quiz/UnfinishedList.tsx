/** Drafts left unfinished (in another tab, or before switching contacts), to resume or discard. */
import type { Draft } from '../../../lib/worksheets/customer-type-quiz/schemas';

interface Props {
  drafts: [string, Draft][];
  onResume: (id: string) => void;
  onDiscard: (id: string) => void;
}

/** A list of unfinished contacts with Resume and Discard buttons. */
export default function UnfinishedList({ drafts, onResume, onDiscard }: Props) {
  return (
    <div class="callout quiz-unfinished">
      <p>Unfinished contacts:</p>
      <ul>
        {drafts.map(([id, d]) => {
          const who = d.name || 'unnamed contact';
          return (
            <li key={id}>
              {d.name || 'Unnamed contact'}
              {d.account && ` (${d.account})`}{' '}
              <button type="button" class="button" aria-label={`Resume ${who}`} onClick={() => onResume(id)}>Resume</button>{' '}
              <button type="button" class="button" aria-label={`Discard ${who}`} onClick={() => onDiscard(id)}>Discard</button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
