/** The quiz result for one contact: type, reasons, next actions, articles and the nearest framework role. */
import { useEffect, useRef } from 'preact/hooks';
import type { AccountContact } from '../../lib/customer-types/account';
import { classify } from '../../lib/customer-types/classify';
import { customerTypes } from '../../lib/customer-types/types';

/** Title, number and link of each article the quiz may point to, by article id (built by the page). */
export type ArticleLinks = Record<string, { title: string; number: string; href: string }>;

interface Props {
  contact: AccountContact;
  articles: ArticleLinks;
  /** Says the result out loud (through the island's live region). */
  announce: (text: string) => void;
  onAnother: () => void;
  onEdit: () => void;
}

/** Shows a classification; takes focus when it appears so keyboard and screen reader users land on it. */
export default function ResultPanel({ contact, articles, announce, onAnother, onEdit }: Props) {
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
    <section class="quiz-result" aria-labelledby="quiz-result-heading">
      <p class="eyebrow">Result for {name}, {account}</p>
      <h3 id="quiz-result-heading" ref={heading} tabIndex={-1}>
        {type.name}
      </h3>
      <p class="quiz-result-summary">{type.description}</p>
      <p>{type.treatment}</p>
      {result.also.length > 0 && <p>Also: {result.also.map((t) => customerTypes[t].name).join(', ')}.</p>}
      <h4>Why</h4>
      {result.conclusions.map((c) => (
        <div key={c.type} class="quiz-reasons">
          <p>{customerTypes[c.type].name}, because:</p>
          <ul>{c.reasons.map((r) => <li key={r.question}>{r.statement}</li>)}</ul>
        </div>
      ))}
      <h4>What to do next</h4>
      <ol>{result.nextActions.map((a) => <li key={a}>{a}</li>)}</ol>
      <h4>Read more</h4>
      <ul>
        {result.articles.flatMap((id) => {
          const a = articles[id];
          return a ? [<li key={id}><span class="num">{a.number}</span> <a href={a.href}>{a.title}</a></li>] : [];
        })}
      </ul>
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
        <button type="button" class="button" onClick={onEdit}>
          Change the answers
        </button>
      </p>
    </section>
  );
}
