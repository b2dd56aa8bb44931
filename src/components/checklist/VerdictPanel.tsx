/** The verdict for one customer: score, reasons and next actions with links to the articles. */
import type { Ref } from 'preact';
import { verdicts } from '../../lib/ideal-customer/criteria';
import type { ScoreResult } from '../../lib/ideal-customer/score';
import type { ArticleLinks } from './types';

interface Props {
  name: string;
  result: ScoreResult;
  articles: ArticleLinks;
  headingRef: Ref<HTMLHeadingElement>;
}

/** Verdict, reasons and next actions; the heading takes focus when the rep asks for the verdict. */
export default function VerdictPanel({ name, result, articles, headingRef }: Props) {
  const label = verdicts[result.verdict].label;
  return (
    <section class={`verdict-panel verdict-${result.verdict}`} aria-labelledby="verdict-heading">
      <h4 id="verdict-heading" tabIndex={-1} ref={headingRef}>
        {name}: {label}
      </h4>
      <p class="verdict-score">{result.score === null ? `${result.rated} of ${result.total} criteria rated, no score yet.` : `Score ${result.score} of 100.`}</p>
      <h5>Why</h5>
      <ul>
        {result.reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <h5>Next steps</h5>
      <ul>
        {result.actions.map((action) => {
          const article = articles[action.article];
          return (
            <li key={action.text}>
              {action.text}{' '}
              {article && (
                <>
                  See <a href={article.href}>{article.title}</a>.
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
