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
import AnswersSoFar from './AnswersSoFar';
import ContactDetails from './ContactDetails';
import QuestionStep from './QuestionStep';
import { useNumberKeys } from './use-number-keys';

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

/** The quiz form for the contact being classified. */
export default function QuizStepper({ questions, draft, autoFocus = false, accounts, onChange, onFinish, live = true }: Props) {
  const [errors, setErrors] = useState<Errors>({});
  const form = useRef<HTMLFormElement>(null);
  const moved = useRef(autoFocus);
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

  useNumberKeys(question, choose);

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

  return (
    <div class="quiz-flow">
    <form ref={form} class="quiz-stepper" onSubmit={submit} noValidate>
      <p class="quiz-progress-text" id="quiz-progress">
        {question ? `Question ${step} of ${lastQuestionStep}` : `Then ${lastQuestionStep} questions, one tap each`}
      </p>
      <progress class="quiz-progress" max={lastQuestionStep} value={step} aria-labelledby="quiz-progress" />
      {question ? (
        <QuestionStep question={question} step={step} answer={draft.answers[question.id]} error={errors.answer} onChoose={choose} />
      ) : (
        <ContactDetails draft={draft} accounts={accounts} errors={errors} onChange={onChange} live={live} />
      )}
      <p class="button-row">
        {step > 0 && <button type="button" class="button" onClick={() => go(step - 1)}>Back</button>}{' '}
        {question && complete ? <button type="button" class="button" onClick={() => onFinish(draft)}>See the result</button> : null}{' '}
        <button type="submit" class="button primary">{question ? 'Next' : 'Start the questions'}</button>
      </p>
    </form>
    {question && <AnswersSoFar questions={questions} answers={draft.answers} step={step} onGo={go} />}
    </div>
  );
}
