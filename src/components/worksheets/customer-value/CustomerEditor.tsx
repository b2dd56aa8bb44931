/**
 * One customer's figures, editable, and their value profile: CLV, CRV, CIV and CKV with their
 * share of CEV. Loaded when a customer is first opened. Every valid change is saved at once.
 */
import { useEffect, useRef } from 'preact/hooks';
import { money } from '../../../lib/worksheets/customer-value/format';
import type { Customer } from '../../../lib/worksheets/customer-value/schemas';
import type { ScoredCustomer } from '../../../lib/worksheets/customer-value/score';
import { influenceSteps, knowledgeSteps } from '../../../lib/worksheets/customer-value/steps';
import NumberField from './NumberField';
import { valueParts } from '../../../lib/worksheets/customer-value/value-bar';

interface Props {
  scored: ScoredCustomer;
  onChange: (change: Partial<Omit<Customer, 'addedAt'>>) => void;
  onClose: () => void;
}

const parts = valueParts.map((key) => ({ key }));
const partNames = { clv: 'Lifetime value (CLV)', crv: 'Referral value (CRV)', civ: 'Influence value (CIV)', ckv: 'Knowledge value (CKV)' } as const;

/** The form and the profile, side by side where there is room. */
export default function CustomerEditor({ scored, onChange, onClose }: Props) {
  const c = scored.customer;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [scored.id]);
  const id = (field: string) => `cv-edit-${field}`;
  const scale = Math.max(1, ...parts.map((p) => Math.abs(scored[p.key])));
  const steps = (field: 'influence' | 'knowledge', labels: readonly string[], legend: string) => (
    <fieldset class="cv-scale">
      <legend>{legend}</legend>
      {labels.map((label, step) => (
        <label key={step}>
          <input type="radio" name={id(field)} checked={c[field] === step} onChange={() => onChange({ [field]: step })} /> {step}: {label}
        </label>
      ))}
      <label>
        <input type="radio" name={id(field)} checked={c[field] === null} onChange={() => onChange({ [field]: null })} /> Not rated
      </label>
    </fieldset>
  );
  return (
    <div class="cv-editor" key={scored.id}>
      <h3 ref={heading} tabIndex={-1}>{c.name}: figures and value</h3>
      <div class="cv-editor-grid">
        <form class="cv-editor-form" onSubmit={(e) => (e.preventDefault(), onClose())}>
          <fieldset>
            <legend>Money and orders</legend>
            <NumberField id={id('revenue')} label="Annual revenue" value={c.revenue} min={0} max={1e12} onChange={(n) => onChange({ revenue: n ?? 0 })} />
            <NumberField id={id('margin')} label="Gross margin" unit="%" value={c.margin} min={-100} max={100} onChange={(n) => onChange({ margin: n ?? 0 })} />
            <NumberField id={id('cost')} label="Yearly cost to serve" value={c.costToServe} min={0} max={1e12} onChange={(n) => onChange({ costToServe: n ?? 0 })} />
            <NumberField id={id('orders')} label="Orders in the last 12 months" whole value={c.orders} min={0} max={1e7} onChange={(n) => onChange({ orders: n ?? 0 })} />
            <div class="cv-field">
              <label for={id('last')}>Last order date</label>
              <input id={id('last')} type="date" value={c.lastOrder} onInput={(e) => onChange({ lastOrder: e.currentTarget.value })} />
            </div>
          </fieldset>
          <fieldset>
            <legend>How long they stay (give one, or neither to use the assumption)</legend>
            <NumberField id={id('years')} label="Expected years as a customer" unit="years" optional value={c.years} min={0} max={100} onChange={(n) => onChange({ years: n })} />
            <NumberField id={id('retention')} label="Own retention rate" unit="%" optional value={c.retention} min={0} max={100} onChange={(n) => onChange({ retention: n })} />
          </fieldset>
          <fieldset>
            <legend>Referrals</legend>
            <NumberField id={id('referrals')} label="New customers they sent" whole value={c.referrals} min={0} max={1e7} onChange={(n) => onChange({ referrals: n ?? 0 })} />
            <NumberField id={id('referral-value')} label="Estimated value of each" value={c.referralValue} min={0} max={1e12} onChange={(n) => onChange({ referralValue: n ?? 0 })} />
          </fieldset>
          {steps('influence', influenceSteps, 'Influence on other buyers')}
          {steps('knowledge', knowledgeSteps, 'Knowledge they give back')}
          <button type="submit" class="button primary">Done</button>
        </form>
        <div class="cv-profile" aria-live="polite">
          <h4>Value profile</h4>
          <p class="cv-profile-total">CEV <span class="num">{money(scored.cev)}</span>, tier {scored.tier}, rank {scored.rank}</p>
          <p>Yearly contribution <span class="num">{money(scored.contribution)}</span>; retention used {Math.round(scored.retention * 1000) / 10}%.</p>
          <ul class="cv-profile-bars">
            {parts.map((p) => (
              <li key={p.key}>
                <span class="cv-profile-label">{partNames[p.key]}</span>
                <span class="num">{money(scored[p.key])}</span>
                <span class="cv-bar" aria-hidden="true">
                  <span class={`cv-seg ${scored[p.key] < 0 ? 'cv-seg-loss' : `cv-seg-${p.key}`}`} style={{ width: `${((Math.abs(scored[p.key]) / scale) * 100).toFixed(1)}%` }} />
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
