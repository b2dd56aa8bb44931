/** The quiz as the server renders it and as the island first draws it, before the saved data is read: nothing moves when it hydrates. */
import { blankDraft } from '../../../lib/worksheets/customer-type-quiz/quiz-flow';
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';
import QuizStepper from './QuizStepper';

const noop = () => undefined;

/** "Your accounts" until its code has loaded: the same heading, in the same place. */
export const AccountsPending = () => (
  <section class="quiz-accounts" aria-labelledby="quiz-accounts-heading">
    <h2 id="quiz-accounts-heading">Your accounts</h2>
    <p class="quiz-help">Reading your saved contacts…</p>
  </section>
);

/** The empty quiz with its (still inert) details form. */
export default function QuizPending({ questions }: { questions: Question[] }) {
  return (
    <div class="quiz">
      <div class="visually-hidden" role="status" aria-live="polite" />
      <section class="quiz-panel no-print" aria-labelledby="quiz-heading">
        <h2 id="quiz-heading">Classify a contact</h2>
        <QuizStepper key={0} live={false} questions={questions} draft={blankDraft()} accounts={[]} onChange={noop} onFinish={noop} />
      </section>
      <AccountsPending />
    </div>
  );
}
