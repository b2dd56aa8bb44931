/** One question as a fieldset of labelled radio buttons: a click, a tap or Space on the chosen answer moves on; arrow keys only move the choice. */
import { useRef } from 'preact/hooks';
import { lastQuestionStep } from '../../../lib/worksheets/customer-type-quiz/quiz-flow';
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';

interface Props {
  question: Question;
  /** The step this question is (1..n). */
  step: number;
  /** The option chosen so far, if any. */
  answer: string | undefined;
  /** Why the rep cannot go on yet, if they tried. */
  error: string | undefined;
  /** Chooses an option; `advance` is false when the choice came from an arrow key. */
  onChoose: (option: string, advance: boolean) => void;
}

/** The question, its help, its options and any error. */
export default function QuestionStep({ question, step, answer, error, onChoose }: Props) {
  const arrowed = useRef(false);
  return (
    <fieldset class="quiz-question" aria-describedby={`help-${question.id}${error ? ' quiz-answer-error' : ''}`}>
      <legend>
        <span class="visually-hidden">{`Question ${step} of ${lastQuestionStep}: `}</span>
        {question.text}
      </legend>
      <p class="quiz-help" id={`help-${question.id}`}>
        {question.help} <span class="quiz-keys">Press a number key to answer.</span>
      </p>
      {error && (
        <p class="quiz-error" id="quiz-answer-error">
          {error}
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
              checked={answer === o.id}
              onKeyDown={(e) => {
                arrowed.current = e.key.startsWith('Arrow');
                if (e.key === ' ' && (e.currentTarget as HTMLInputElement).checked) (e.preventDefault(), onChoose(o.id, true));
              }}
              onChange={() => {
                const advance = !arrowed.current;
                arrowed.current = false;
                onChoose(o.id, advance);
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
  );
}
