/** The quiz result for one contact: the type, large and in its colour, then reasons, next actions, articles, the framework role and the answers to check. */
import { useEffect, useRef } from 'preact/hooks';
import type { AccountContact } from '../../../lib/worksheets/customer-type-quiz/account';
import { classify } from '../../../lib/worksheets/customer-type-quiz/classify';
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';
import { customerTypeHues, customerTypes } from '../../../lib/worksheets/customer-type-quiz/types';

/** Title, number and link of each article the quiz may point to, by article id (built by the page). */
export type ArticleLinks = Record<string, { title: string; number: string; href: string }>;

interface Props {
  contact: AccountContact;
  questions: Question[];
  articles: ArticleLinks;
  /** Says the result out loud (through the island's live region). */
  announce: (text: string) => void;
  onAnother: () => void;
  /** Opens the contact again, at a step (0: details, n: question n). */
  onEdit: (step: number) => void;
}

/** Shows a classification; takes focus when it appears so keyboard and screen reader users land on it. */
export default function ResultPanel({ contact, questions, articles, announce, onAnother, onEdit }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { name, account } = contact;
  const result = classify(contact.answers);
  const typeName = result.status === 'classified' ? customerTypes[result.primary].name : '';
  useEffect(() => {
    heading.current?.focus();
    announce(`Result for ${name}: ${typeName}.`);
  }, []);
  if (result.status !== 'classified') return null;
  const type = customerTypes[result.primary];
  return (
    <section class="quiz-result hued" style={`--hue: ${customerTypeHues[type.id]}`} aria-labelledby="quiz-result-heading">
      <div class="quiz-result-banner">
        <p class="quiz-result-for">
          Result for <strong>{name}</strong>, {account}
        </p>
        <h3 id="quiz-result-heading" ref={heading} tabIndex={-1}>
          {type.name}
        </h3>
        <p class="quiz-result-summary">{type.description}</p>
        {result.also.length > 0 && <p class="quiz-result-also">Also: {result.also.map((t) => customerTypes[t].name).join(', ')}.</p>}
      </div>
      <p class="quiz-result-treatment">{type.treatment}</p>
      <div class="quiz-result-columns">
        <div>
          <h4>Why</h4>
          {result.conclusions.map((c) => (
            <div key={c.type} class="quiz-reasons">
              <p>{customerTypes[c.type].name}, because:</p>
              <ul>{c.reasons.map((r) => <li key={r.question}>{r.statement}</li>)}</ul>
            </div>
          ))}
        </div>
        <div>
          <h4>What to do next</h4>
          <ol>{result.nextActions.map((a) => <li key={a}>{a}</li>)}</ol>
          <h4>Read more</h4>
          <ul>
            {result.articles.flatMap((id) => {
              const a = articles[id];
              return a ? [<li key={id}><span class="num">{a.number}</span> <a href={a.href}>{a.title}</a></li>] : [];
            })}
          </ul>
        </div>
      </div>
      <h4>In your team’s qualification language</h4>
      <p>
        {result.framework.role ? (
          <>Nearest framework role: <strong>{result.framework.role}</strong>. </>
        ) : null}
        {result.framework.note} This is a rough correspondence, not an exact match.
      </p>
      <p class="button-row">
        <button type="button" class="button primary" onClick={onAnother}>
          Classify another contact
        </button>{' '}
        <button type="button" class="button" onClick={() => onEdit(0)}>
          Change the answers
        </button>
      </p>
      <details class="quiz-review">
        <summary>Check the answers ({questions.length})</summary>
        <dl>
          {questions.map((q, i) => (
            <div key={q.id} class="quiz-review-row">
              <dt>{q.text}</dt>
              <dd>{q.options.find((o) => o.id === contact.answers[q.id])?.label}</dd>
              <dd>
                <button type="button" class="button" onClick={() => onEdit(i + 1)}>
                  Change<span class="visually-hidden"> the answer to “{q.text}”</span>
                </button>
              </dd>
            </div>
          ))}
        </dl>
      </details>
    </section>
  );
}
