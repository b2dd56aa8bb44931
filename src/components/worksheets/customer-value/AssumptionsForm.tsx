/** The assumptions behind every value, editable and saved: retention, discount rate, horizon, and the money each rating step is worth. */
import type { Assumptions } from '../../../lib/worksheets/customer-value/schemas';
import NumberField from './NumberField';
import StepMoney from './StepMoney';

interface Props {
  assumptions: Assumptions;
  onChange: (change: Partial<Assumptions>) => void;
}

/** The assumptions form; the formula it feeds is stated beside it. */
export default function AssumptionsForm({ assumptions: a, onChange }: Props) {
  return (
    <div class="cv-assumptions">
      <p class="cv-formula">
        <strong>CLV</strong> = Σ over years <var>t</var> = 1 … <var>H</var> of <var>m</var> × <var>r</var><sup><var>t</var>−1</sup> ÷ (1 + <var>d</var>)<sup><var>t</var></sup>,
        where <var>m</var> is the yearly contribution, <var>r</var> the retention rate, <var>d</var> the discount rate and <var>H</var> the horizon.
      </p>
      <fieldset class="cv-rates">
        <legend>Lifetime value</legend>
        <NumberField id="cv-retention" label="Retention rate (r), when a customer has no own figure" unit="%" value={a.retention} min={0} max={100} onChange={(n) => onChange({ retention: n ?? 0 })} />
        <NumberField id="cv-discount" label="Discount rate (d)" unit="%" value={a.discount} min={0} max={100} onChange={(n) => onChange({ discount: n ?? 0 })} />
        <NumberField id="cv-horizon" label="Horizon (H)" unit="years" whole value={a.horizon} min={1} max={50} onChange={(n) => onChange({ horizon: n ?? 1 })} />
      </fieldset>
      <details class="cv-step-money">
        <summary>Money each influence and knowledge step is worth</summary>
        <StepMoney assumptions={a} onChange={onChange} />
      </details>
    </div>
  );
}
