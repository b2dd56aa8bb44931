/** The three value tiers: the rule, how many customers each holds and their engagement value, every member (the first few, the rest folded), next actions and articles. */
import { withCurrency, type CurrencyCode } from '../../../lib/worksheets/customer-value/currency';
import { money } from '../../../lib/worksheets/customer-value/format';
import type { ScoredList } from '../../../lib/worksheets/customer-value/score';
import { tierGuides, tierIds } from '../../../lib/worksheets/customer-value/tiers';
import NameList from './NameList';
import type { ArticleLinks } from './types';

/** One card per tier. */
export default function TierList({ scored, articles, currency = '' }: { scored: ScoredList; articles: ArticleLinks; currency?: CurrencyCode | '' }) {
  return (
    <div class="cv-tiers">
      {tierIds.map((tier) => {
        const guide = tierGuides[tier];
        const members = scored.customers.filter((c) => c.tier === tier);
        return (
          <section key={tier} class={`cv-tier-card hued cv-tiercard-${tier}`} style={{ '--hue': guide.hue }} aria-labelledby={`cv-tier-${tier}`}>
            <h3 id={`cv-tier-${tier}`}>{guide.label} <span class="cv-count num">({members.length})</span></h3>
            <p class="cv-rule">{guide.rule}</p>
            <p class="cv-members">{members.length ? members.slice(0, 3).map((m) => m.customer.name).join(', ') : 'No customer here yet.'}</p>
            {members.length > 0 && <p class="cv-tier-value">Engagement value together: <span class="num">{withCurrency(money(members.reduce((sum, m) => sum + m.cev, 0)), currency)}</span></p>}
            {members.length > 3 && <NameList label={`and ${members.length - 3} more`} names={members.slice(3).map((m) => m.customer.name)} class="cv-tier-more" />}
            <ul>{guide.actions.map((a) => <li key={a}>{a}</li>)}</ul>
            <p class="cv-read">
              Read:{' '}
              {guide.articles.filter((id) => articles[id]).map((id, i) => (
                <span key={id}>{i > 0 && ' · '}<a href={articles[id]!.href}>{articles[id]!.title}</a></span>
              ))}
            </p>
          </section>
        );
      })}
    </div>
  );
}
