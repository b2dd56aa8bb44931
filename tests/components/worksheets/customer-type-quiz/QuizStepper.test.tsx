/** The question stepper: one fieldset at a time, progress, Back/Next, errors, and the finish. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import QuizStepper from '../../../../src/components/worksheets/customer-type-quiz/QuizStepper';
import { questions } from '../../../../src/lib/worksheets/customer-type-quiz/questions';
import type { Draft } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { typicalAnswers } from '../../../helpers/quiz-answers';
import { expectShown } from '../../shown';

afterEach(cleanup);
const draft = (over: Partial<Draft> = {}): Draft => ({ name: 'Dana', role: 'CFO', account: 'Acme', answers: {}, step: 0, ...over });
const setup = (d: Draft) => {
  const onChange = vi.fn<(d: Draft) => void>();
  const onFinish = vi.fn();
  render(<QuizStepper questions={questions} draft={d} accounts={['Acme']} onChange={onChange} onFinish={onFinish} />);
  return { onChange, onFinish };
};

describe('QuizStepper', () => {
  it.each(questions.map((q, i) => [i + 1, q] as const))('step %i shows its question as a fieldset with labelled radios', (step, q) => {
    setup(draft({ step }));
    expectShown(screen.getByText(`Question ${step} of ${questions.length}`));
    // Chromium reads "Question 1 of 8: Who…"; jsdom's name computation drops the space after the hidden span.
    const escaped = q.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const group = screen.getByRole('group', { name: new RegExp(`^Question ${step} of ${questions.length}:\\s*${escaped}$`) });
    expect(group.tagName).toBe('FIELDSET');
    // Each label starts with its number key (hidden from assistive technology).
    for (const [i, o] of q.options.entries()) expect(screen.getByLabelText(`${i + 1}${o.label}`)).toHaveProperty('type', 'radio');
    expect(screen.getByRole('progressbar')).toHaveProperty('value', step);
  });

  it('asks for the details first and names what is missing', () => {
    const { onChange } = setup(draft({ name: ' ', account: '' }));
    fireEvent.click(screen.getByRole('button', { name: 'Start the questions' }));
    expectShown(screen.getByText('Enter the contact’s name.'));
    expectShown(screen.getByText('Enter the account this contact belongs to.'));
    expect(screen.getByLabelText('Name (required)').getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('saves every keystroke of the details', () => {
    const { onChange } = setup(draft());
    fireEvent.input(screen.getByLabelText('Role or job title'), { target: { value: 'COO' } });
    expect(onChange).toHaveBeenLastCalledWith(draft({ role: 'COO' }));
  });

  it('refuses to move on without an answer; choosing one records it and moves on', () => {
    const { onChange } = setup(draft({ step: 1 }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expectShown(screen.getByText('Choose an answer to go on.'));
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.click(screen.getByLabelText(questions[0]!.options[1]!.label, { exact: false }));
    expect(onChange).toHaveBeenLastCalledWith(draft({ step: 2, answers: { employer: 'own-company' } }));
  });

  it.each([
    ['1', 'account'],
    ['2', 'own-company'],
  ])('number key %s chooses that answer and moves on', (key, option) => {
    const { onChange } = setup(draft({ step: 1 }));
    fireEvent.keyDown(window, { key });
    expect(onChange).toHaveBeenLastCalledWith(draft({ step: 2, answers: { employer: option as 'account' } }));
  });

  it('ignores a number key beyond the options, and number keys typed into a field', () => {
    const { onChange } = setup(draft({ step: 1 }));
    fireEvent.keyDown(window, { key: '7' });
    cleanup();
    const details = setup(draft());
    fireEvent.keyDown(screen.getByLabelText('Name (required)'), { key: '1' });
    expect(onChange).not.toHaveBeenCalled();
    expect(details.onChange).not.toHaveBeenCalled();
  });

  it('moves the choice with arrow keys without moving on', () => {
    const { onChange } = setup(draft({ step: 1 }));
    const second = screen.getByLabelText(questions[0]!.options[1]!.label, { exact: false });
    fireEvent.keyDown(second, { key: 'ArrowDown' });
    fireEvent.click(second);
    expect(onChange).toHaveBeenLastCalledWith(draft({ step: 1, answers: { employer: 'own-company' } }));
  });

  it('goes back and forth', () => {
    const { onChange } = setup(draft({ step: 2, answers: { employer: 'account', history: 'none' } }));
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ step: 1 }));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ step: 3 }));
  });

  it('finishes on the last question', () => {
    const { onFinish, onChange } = setup(draft({ step: questions.length, answers: typicalAnswers.ally }));
    fireEvent.click(screen.getByRole('button', { name: 'See the result' }));
    expect(onFinish).toHaveBeenCalledExactlyOnceWith(draft({ step: questions.length, answers: typicalAnswers.ally }));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('answers so far', () => {
  it('lists the answers given, each going back to its question', () => {
    const { onChange } = setup(draft({ step: 3, answers: { employer: 'account', history: 'repeat' } }));
    const list = screen.getByRole('region', { name: 'Your answers so far' });
    expect([...list.querySelectorAll('li')].map((li) => li.getAttribute('value'))).toEqual(['1', '2']);
    fireEvent.click(list.querySelectorAll('button')[1]!);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ step: 2 }));
  });
});
