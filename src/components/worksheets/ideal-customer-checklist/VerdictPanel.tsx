/** The verdict for one customer: a large live score and verdict in the verdict's colour, then the reasons and next steps with their articles. */
import type { Ref } from 'preact';
import { verdictHues, verdicts } from '../../../lib/worksheets/ideal-customer-checklist/criteria';
import type { ScoreResult } from '../../../lib/worksheets/ideal-customer-checklist/score';
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
    <section class={`verdict-panel hued verdict-${result.verdict}`} style={`--hue: ${verdictHues[result.verdict]}`} aria-labelledby="verdict-heading">
      <div class="score-live" role="status" aria-live="polite" aria-atomic="true">
        <p class="score-big">
          <span class="score-number num">{result.score ?? '–'}</span> <span class="score-of">of 100</span>
        </p>
        <h4 id="verdict-heading" tabIndex={-1} ref={headingRef}>
          <span class="visually-hidden">{name}:</span> {label}
        </h4>
        <p class="verdict-score">{result.score === null ? `${result.rated} of ${result.total} criteria rated, no score yet.` : `Score ${result.score} of 100.`}</p>
      </div>
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
