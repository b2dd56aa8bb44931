/**
 * One step at a time: the contact's details, then each question as a fieldset of labelled radio
 * buttons. Choosing an answer (a click, a tap, Space or its number key) moves on; arrow keys only
 * move the choice, and Enter then goes on. Back returns to the previous step. Every change is
 * handed up at once (it is saved as a draft), so a reload never loses an answer.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { detailProblems, lastQuestionStep } from '../../../lib/worksheets/customer-type-quiz/quiz-flow';
import { missingAnswers } from '../../../lib/worksheets/customer-type-quiz/answer-options';
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';
import type { Draft } from '../../../lib/worksheets/customer-type-quiz/schemas';
import ContactDetails from './ContactDetails';

interface Props {
  /** The questions in quiz order (from the page). */
  questions: Question[];
  draft: Draft;
  /** Move focus into the form when it appears (after the rep asked for it, never on page load). */
  autoFocus?: boolean;
  accounts: string[];
  onChange: (draft: Draft) => void;
  onFinish: (draft: Draft) => void;
  /** False while the island reads the saved data (see ContactDetails). */
  live?: boolean;
}

type Errors = Partial<Record<'name' | 'account' | 'answer', string>>;

const typing = (target: EventTarget | null) => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (target as HTMLInputElement).type !== 'radio';

/** The quiz form for the contact being classified. */
export default function QuizStepper({ questions, draft, autoFocus = false, accounts, onChange, onFinish, live = true }: Props) {
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const moved = useRef(autoFocus);
  const arrowed = useRef(false);
  const step = Math.min(draft.step, lastQuestionStep);
  const question = step > 0 ? questions[step - 1] : undefined;
  const complete = missingAnswers(draft.answers).length === 0;

  useEffect(() => {
    if (!moved.current) return;
    const checked = form.current?.querySelector<HTMLInputElement>('input:checked');
    (checked ?? form.current?.querySelector<HTMLInputElement>('input'))?.focus();
  }, [step]);

  const go = (to: number, next = draft) => {
    moved.current = true;
    setErrors({});
    onChange({ ...next, step: to });
  };

  const choose = (option: string, advance: boolean) => {
    if (!question) return;
    const next = { ...draft, answers: { ...draft.answers, [question.id]: option } };
    setErrors({});
    if (!advance) return onChange(next);
    if (step === lastQuestionStep) return onFinish(next);
    go(step + 1, next);
  };

  // Number keys choose answers: 1 is the first option of the question on screen.
  useEffect(() => {
    if (!question) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || typing(event.target)) return;
      const option = question.options[Number(event.key) - 1];
      if (!/^[1-9]$/.test(event.key) || !option) return;
      event.preventDefault();
      choose(option.id, true);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

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
    if (step === lastQuestionStep) return onFinish(draft);
    go(step + 1);
  };

  const answered = questions.flatMap((q, i) => {
    const label = q.options.find((o) => o.id === draft.answers[q.id])?.label;
    return label ? [{ step: i + 1, text: q.text, label }] : [];
  });

  return (
    <div class="quiz-flow">
    <form ref={form} class="quiz-stepper" onSubmit={submit} noValidate>
      <p class="quiz-progress-text" id="quiz-progress">
        {question ? `Question ${step} of ${lastQuestionStep}` : `Then ${lastQuestionStep} questions, one tap each`}
      </p>
      <progress class="quiz-progress" max={lastQuestionStep} value={step} aria-labelledby="quiz-progress" />
      {question ? (
        <fieldset class="quiz-question" aria-describedby={`help-${question.id}${errors.answer ? ' quiz-answer-error' : ''}`}>
          <legend>
            <span class="visually-hidden">{`Question ${step} of ${lastQuestionStep}: `}</span>
            {question.text}
          </legend>
          <p class="quiz-help" id={`help-${question.id}`}>
            {question.help} <span class="quiz-keys">Press a number key to answer.</span>
          </p>
          {errors.answer && (
            <p class="quiz-error" id="quiz-answer-error">
              {errors.answer}
            </p>
          )}
          <div class="quiz-options">
            {question.options.map((o, i) => (
              <div class="quiz-option" key={o.id}>
                <input
                  type="radio"
                  id={`q-${question.id}-${o.id}`}
                  name={`q-${question.id}`}
                  value={o.id}
                  checked={draft.answers[question.id] === o.id}
                  onKeyDown={(e) => {
                    arrowed.current = e.key.startsWith('Arrow');
                    if (e.key === ' ' && (e.currentTarget as HTMLInputElement).checked) (e.preventDefault(), choose(o.id, true));
                  }}
                  onChange={() => {
                    const advance = !arrowed.current;
                    arrowed.current = false;
                    choose(o.id, advance);
                  }}
                />
                <label for={`q-${question.id}-${o.id}`}>
                  <span class="quiz-key" aria-hidden="true">{i + 1}</span>
                  {o.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : (
        <ContactDetails draft={draft} accounts={accounts} errors={errors} onChange={onChange} live={live} />
      )}
      <p class="button-row">
        {step > 0 && (
          <button type="button" class="button" onClick={() => go(step - 1)}>
            Back
          </button>
        )}{' '}
        {question && complete ? (
          <button type="button" class="button" onClick={() => onFinish(draft)}>
            See the result
          </button>
        ) : null}{' '}
        <button type="submit" class="button primary">
          {question ? 'Next' : 'Start the questions'}
        </button>
      </p>
    </form>
    {question && answered.length > 0 && (
      <section class="quiz-so-far" aria-labelledby="quiz-so-far-heading">
        <h3 id="quiz-so-far-heading">Your answers so far</h3>
        <ol>
          {answered.map((a) => (
            <li key={a.step} value={a.step}>
              <button type="button" class="quiz-so-far-answer" aria-current={a.step === step ? 'step' : undefined} onClick={() => go(a.step)}>
                <span class="quiz-so-far-question">{a.text}</span> <span class="quiz-so-far-label">{a.label}</span>
              </button>
            </li>
          ))}
        </ol>
      </section>
    )}
    </div>
  );
}
