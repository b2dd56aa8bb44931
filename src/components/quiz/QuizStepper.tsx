/**
 * One step at a time: the contact's details, then each question as a fieldset of labelled radio
 * buttons, with "Question 3 of 8" progress and Back/Next. Every change is handed up at once (it
 * is saved as a draft), so a reload never loses an answer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { detailProblems, lastQuestionStep } from '../../lib/customer-types/quiz-flow';
import type { Question } from '../../lib/customer-types/questions';
import type { Draft } from '../../lib/customer-types/schemas';
import ContactDetails from './ContactDetails';

interface Props {
  /** The questions in quiz order (from the page). */
  questions: Question[];
  draft: Draft;
  /** Move focus into the form when it appears (after the rep asked for it, never on page load). */
  autoFocus?: boolean;
  accounts: string[];
  onChange: (draft: Draft) => void;
  onFinish: () => void;
}

type Errors = Partial<Record<'name' | 'account' | 'answer', string>>;

/** The quiz form for the contact being classified. */
export default function QuizStepper({ questions, draft, autoFocus = false, accounts, onChange, onFinish }: Props) {
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const moved = useRef(autoFocus);
  const step = Math.min(draft.step, lastQuestionStep);
  const question = step > 0 ? questions[step - 1] : undefined;

  useEffect(() => {
    if (!moved.current) return;
    const inputs = form.current?.querySelectorAll<HTMLInputElement>('input');
    const checked = form.current?.querySelector<HTMLInputElement>('input:checked');
    (checked ?? inputs?.[0])?.focus();
  }, [step]);

  const go = (to: number) => {
    moved.current = true;
    setErrors({});
    onChange({ ...draft, step: to });
  };

  const submit = (event: Event) => {
    event.preventDefault();
    if (!question) {
      const problems = detailProblems(draft);
      setErrors(problems);
      const first = problems.name ? 'quiz-name' : problems.account ? 'quiz-account' : null;
      if (first) return document.getElementById(first)?.focus();
      return go(1);
    }
    if (draft.answers[question.id] === undefined) {
      setErrors({ answer: 'Choose an answer to go on.' });
      return form.current?.querySelector<HTMLInputElement>('input')?.focus();
    }
    if (step === lastQuestionStep) return onFinish();
    go(step + 1);
  };

  return (
    <form ref={form} class="quiz-stepper" onSubmit={submit} noValidate>
      <p class="quiz-progress-text" id="quiz-progress">
        {question ? `Question ${step} of ${lastQuestionStep}` : 'About the contact'}
      </p>
      <progress class="quiz-progress" max={lastQuestionStep} value={step} aria-labelledby="quiz-progress" />
      {question ? (
        <fieldset class="quiz-question" aria-describedby={`help-${question.id}${errors.answer ? ' quiz-answer-error' : ''}`}>
          <legend>
            <span class="visually-hidden">{`Question ${step} of ${lastQuestionStep}: `}</span>
            {question.text}
          </legend>
          <p class="quiz-help" id={`help-${question.id}`}>
            {question.help}
          </p>
          {errors.answer && (
            <p class="quiz-error" id="quiz-answer-error">
              {errors.answer}
            </p>
          )}
          <div class="quiz-options">
            {question.options.map((o) => (
              <div class="quiz-option" key={o.id}>
                <input
                  type="radio"
                  id={`q-${question.id}-${o.id}`}
                  name={`q-${question.id}`}
                  value={o.id}
                  checked={draft.answers[question.id] === o.id}
                  onChange={() => {
                    setErrors({});
                    onChange({ ...draft, answers: { ...draft.answers, [question.id]: o.id } });
                  }}
                />
                <label for={`q-${question.id}-${o.id}`}>{o.label}</label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        <ContactDetails draft={draft} accounts={accounts} errors={errors} onChange={onChange} />
      )}
      <p class="button-row">
        {step > 0 && (
          <button type="button" class="button" onClick={() => go(step - 1)}>
            Back
          </button>
        )}{' '}
        <button type="submit" class="button primary">
          {step === lastQuestionStep ? 'See the result' : 'Next'}
        </button>
      </p>
    </form>
  );
}
