/** "Your answers so far": each answered question with its answer, a button that goes back to it. */
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';
import type { Draft } from '../../../lib/worksheets/customer-type-quiz/schemas';

interface Props {
  questions: Question[];
  answers: Draft['answers'];
  /** The step on screen (marked as current). */
  step: number;
  onGo: (step: number) => void;
}

/** The list, or nothing before the first answer. */
export default function AnswersSoFar({ questions, answers, step, onGo }: Props) {
  const answered = questions.flatMap((q, i) => {
    const label = q.options.find((o) => o.id === answers[q.id])?.label;
    return label ? [{ step: i + 1, text: q.text, label }] : [];
  });
  if (answered.length === 0) return null;
  return (
    <section class="quiz-so-far" aria-labelledby="quiz-so-far-heading">
      <h3 id="quiz-so-far-heading">Your answers so far</h3>
      <ol>
        {answered.map((a) => (
          <li key={a.step} value={a.step}>
            <button type="button" class="quiz-so-far-answer" aria-current={a.step === step ? 'step' : undefined} onClick={() => onGo(a.step)}>
              <span class="quiz-so-far-question">{a.text}</span> <span class="quiz-so-far-label">{a.label}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
