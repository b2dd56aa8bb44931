/** The money each influence and knowledge step is worth, editable (part of the chunk loaded after the page shows). */
import type { Assumptions } from '../../../lib/worksheets/customer-value/schemas';
import { influenceSteps, knowledgeSteps } from '../../../lib/worksheets/customer-value/steps';
import NumberField from './NumberField';

/** What the step-money fields need. */
export interface StepMoneyProps {
  assumptions: Assumptions;
  onChange: (change: Partial<Assumptions>) => void;
}

/** Two fieldsets of five amounts, one per step. */
export default function StepMoney({ assumptions: a, onChange }: StepMoneyProps) {
  const steps = (key: 'influenceValues' | 'knowledgeValues', labels: readonly string[], legend: string) => (
    <fieldset class="cv-steps">
      <legend>{legend}</legend>
      {labels.map((label, step) => (
        <NumberField
          key={step}
          id={`cv-${key}-${step}`}
          label={`${step}: ${label.split(':')[0]}`}
          value={a[key][step] ?? 0}
          min={0}
          max={1e12}
          onChange={(n) => onChange({ [key]: a[key].map((v, i) => (i === step ? (n ?? 0) : v)) })}
        />
      ))}
    </fieldset>
  );
  return (
    <div class="cv-step-grid">
      {steps('influenceValues', influenceSteps, 'Influence (CIV)')}
      {steps('knowledgeValues', knowledgeSteps, 'Knowledge (CKV)')}
    </div>
  );
}
