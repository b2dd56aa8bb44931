/** What came of the files: how many were read, which were refused and why, and a question for files that name no rep. */
import { agreeing } from '../../lib/site/plural-phrases';
import { counted } from '../../lib/site/plural';
import { useState } from 'preact/hooks';
import { nameGroup, type UnnamedGroup } from '../../lib/team/naming';
import type { RepFile } from '../../lib/team/schemas';

/** A file the roll-up could not read, and why. */
export interface Refusal {
  name: string;
  problems: string[];
}

interface Props {
  count: number;
  reps: number;
  refused: Refusal[];
  groups: UnnamedGroup[];
  onName: (id: string, files: RepFile[]) => void;
}


function AskName({ group, onName }: { group: UnnamedGroup; onName: Props['onName'] }) {
  const [typed, setTyped] = useState(group.folder);
  const [wrong, setWrong] = useState(false);
  const id = `team-name-${group.id.replace(/[^a-z0-9]/gi, '-')}`;
  const submit = (e: Event) => {
    e.preventDefault();
    const named = nameGroup(group, typed);
    if (named) onName(group.id, named);
    else setWrong(true);
  };
  return (
    <form class="team-ask callout" onSubmit={submit}>
      <p>{counted(group.files.length, 'file does', 'files do')} not say whose {agreeing(group.files.length, 'it is', 'they are')}: {group.files.map((f) => f.file).join(', ')}.</p>
      <label for={id}>Rep’s name for {agreeing(group.files.length, 'this file', 'these files')}</label>{' '}
      <input id={id} type="text" value={typed} maxLength={80} aria-invalid={wrong} aria-describedby={wrong ? `${id}-error` : undefined} onInput={(e) => setTyped(e.currentTarget.value)} />{' '}
      <button type="submit" class="button">Add to the roll-up</button>
      {wrong && <p id={`${id}-error`} class="team-error">Type the rep’s name (1 to 80 characters).</p>}
    </form>
  );
}

/** The status line, refusals by file name, and one name question per group of unnamed files. */
export default function FileReport({ count, reps, refused, groups, onName }: Props) {
  return (
    <section class="team-files" aria-labelledby="team-files-heading">
      <h2 id="team-files-heading">Files</h2>
      <p role="status" data-team-status>
        {count === 0 ? 'No file is in the roll-up yet.' : `The roll-up holds ${counted(count, 'file')} from ${counted(reps, 'rep')}.`}
        {refused.length > 0 && ` ${counted(refused.length, 'file was', 'files were')} not read.`}
      </p>
      {refused.length > 0 && (
        <div class="callout warning team-refused" data-team-refused>
          <h3>Not read</h3>
          <ul>
            {refused.map((r, i) => (
              <li key={`${r.name}-${i}`}><strong>{r.name}</strong>: {r.problems.join(' ')}</li>
            ))}
          </ul>
          <p>The other files were read. Ask the rep to export the file again from the worksheet, then drop it here.</p>
        </div>
      )}
      {groups.map((g) => <AskName key={g.id} group={g} onName={onName} />)}
    </section>
  );
}
