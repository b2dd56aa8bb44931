/**
 * The merge review of a re-import, before anything is written: customers that would be new,
 * changed (which fields, old → new) or unchanged, and near matches the rep must settle. Each
 * changed or uncertain customer gets update / keep mine / add as new.
 */
import { agreeing } from '../../../lib/site/plural-phrases';
import { counted } from '../../../lib/site/plural';
import { useEffect, useRef, useState } from 'preact/hooks';
import { defaultChoice, planCounts, type MergeChoice, type MergeItem } from '../../../lib/worksheets/customer-value/merge';
import MergeItemChoice from './MergeItemChoice';
import NameList from './NameList';

interface Props {
  plan: MergeItem[];
  source: string;
  onApply: (choices: (MergeChoice | undefined)[]) => void;
  onBack: () => void;
  onCancel: () => void;
}

const firstShown = 30;

/** The review and its decision. */
export default function MergeReview({ plan, source, onApply, onBack, onCancel }: Props) {
  const [choices, setChoices] = useState<(MergeChoice | undefined)[]>(() => plan.map(defaultChoice));
  const [all, setAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const counts = planCounts(plan);
  const indexed = plan.map((item, i) => ({ item, i }));
  const asked = indexed.filter((x) => x.item.kind === 'uncertain');
  const changed = indexed.filter((x) => x.item.kind === 'changed');
  const open = asked.filter((x) => choices[x.i] === undefined).length;
  const set = (i: number, choice: MergeChoice) => setChoices(choices.map((c, j) => (j === i ? choice : c)));
  const setAllChanged = (choice: MergeChoice) => setChoices(choices.map((c, j) => (plan[j]!.kind === 'changed' ? choice : c)));
  const adds = choices.filter((c, j) => (c ?? defaultChoice(plan[j]!)) === 'new').length;
  const updates = choices.filter((c) => c === 'update').length;

  return (
    <div class="cv-mapping cv-review" role="group" aria-labelledby="cv-review-heading">
      <h3 id="cv-review-heading" ref={heading} tabIndex={-1}>Review what {source} would change</h3>
      <p class="cv-review-counts">
        {counts.new} new, {counts.changed} changed, {counts.unchanged} unchanged{counts.uncertain ? `, ${counts.uncertain} to decide` : ''}. Nothing is saved until you apply.
      </p>
      {asked.length > 0 && (
        <section class="cv-review-part" aria-labelledby="cv-review-asked">
          <h4 id="cv-review-asked">Is this the same customer?</h4>
          {asked.map(({ item, i }) => <MergeItemChoice key={i} item={item} index={i} choice={choices[i]} onChoose={(c) => set(i, c)} />)}
        </section>
      )}
      {changed.length > 0 && (
        <section class="cv-review-part" aria-labelledby="cv-review-changed">
          <h4 id="cv-review-changed">Changed ({changed.length})</h4>
          <p class="button-row">
            <button type="button" class="button cv-small" onClick={() => setAllChanged('update')}>Update all {changed.length}</button>
            <button type="button" class="button cv-small" onClick={() => setAllChanged('keep')}>Keep mine for all {changed.length}</button>
          </p>
          {(all ? changed : changed.slice(0, firstShown)).map(({ item, i }) => <MergeItemChoice key={i} item={item} index={i} choice={choices[i]} onChoose={(c) => set(i, c)} />)}
          {changed.length > firstShown && <button type="button" class="button" onClick={() => setAll(!all)}>{all ? `Show the first ${firstShown}` : `Show all ${changed.length} changed`}</button>}
        </section>
      )}
      <NameList label="New" names={plan.filter((p) => p.kind === 'new').map((p) => p.row.name)} />
      <NameList label="Unchanged" names={plan.filter((p) => p.kind === 'unchanged').map((p) => p.row.name)} />
      <p class="button-row">
        <button type="button" class="button primary" disabled={open > 0} onClick={() => onApply(choices)}>
          {open > 0 ? `Answer the ${agreeing(open, 'question', counted(open, 'question'))} above first` : `Apply: add ${adds}, update ${updates}`}
        </button>
        <button type="button" class="button" onClick={onBack}>Back to the columns</button>
        <button type="button" class="button" onClick={onCancel}>Import none</button>
      </p>
    </div>
  );
}
