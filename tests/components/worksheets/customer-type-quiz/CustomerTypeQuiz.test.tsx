/** The whole island in jsdom: a contact from details to result, storage, the map, invalid saved data, names as text. */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { hydrate, render as renderInto } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import CustomerTypeQuiz from '../../../../src/components/worksheets/customer-type-quiz/CustomerTypeQuiz';
import { answerOptions, type QuestionId } from '../../../../src/lib/worksheets/customer-type-quiz/answer-options';
import { questions } from '../../../../src/lib/worksheets/customer-type-quiz/questions';
import type { Answers } from '../../../../src/lib/worksheets/customer-type-quiz/schemas';
import { typicalAnswers } from '../../../helpers/quiz-answers';

const key = 'customer-atlas:customer-type-quiz:v1';
const articles = { 'what-is-a-customer-six-types': { title: 'What Is a Customer? Six Types', number: '5.03.01.04', href: '/articles/what-is-a-customer-six-types/' } };
beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(cleanup);

const mount = () => render(<CustomerTypeQuiz questions={questions} articles={articles} />);
const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start the questions' }));
async function classify(name: string, account: string, answers: Answers) {
  await screen.findByLabelText('Name (required)');
  fireEvent.input(screen.getByLabelText('Name (required)'), { target: { value: name } });
  fireEvent.input(screen.getByLabelText('Account (required)'), { target: { value: account } });
  start();
  // Choosing an answer moves on: no Next button between questions.
  for (const q of questions) {
    const label = q.options.find((o) => o.id === answers[q.id as QuestionId])!.label;
    fireEvent.click(await screen.findByLabelText(label, { exact: false }));
  }
  return waitFor(() => {
    const heading = document.getElementById('quiz-result-heading');
    if (!heading) throw new Error('no result yet');
    return heading;
  });
}

describe('CustomerTypeQuiz', () => {
  it('takes a contact from details to result, announces it, focuses it and saves only what was entered', async () => {
    mount();
    const heading = await classify('Dana', 'Acme', typicalAnswers['bag-of-money']);
    expect(heading.textContent).toBe('Bag of money');
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(document.querySelector('.quiz > [role=status]')!.textContent).toBe('Result for Dana: Bag of money.');
    expect(screen.getByText('Nearest framework role:', { exact: false }).textContent).toContain('economic buyer');
    expect(screen.getByRole('link', { name: 'What Is a Customer? Six Types' }).getAttribute('href')).toBe('/articles/what-is-a-customer-six-types/');
    const saved = JSON.parse(localStorage.getItem(key)!);
    const [contact] = Object.values(saved.data.contacts) as { value: Record<string, unknown> }[];
    expect(contact!.value).toEqual({ name: 'Dana', role: '', account: 'Acme', answers: typicalAnswers['bag-of-money'] });
    expect(Object.values(saved.data.drafts).every((d) => (d as { deleted?: boolean }).deleted)).toBe(true);
    await waitFor(() => expect(document.querySelector('.account-map')!.textContent).toContain('Dana'));
  });

  it('keeps the answers of an unfinished contact in a draft', async () => {
    mount();
    await screen.findByLabelText('Name (required)');
    fireEvent.input(screen.getByLabelText('Name (required)'), { target: { value: 'Half' } });
    fireEvent.input(screen.getByLabelText('Account (required)'), { target: { value: 'Acme' } });
    start();
    fireEvent.click(await screen.findByLabelText(questions[0]!.options[0]!.label, { exact: false }));
    const drafts = Object.values(JSON.parse(localStorage.getItem(key)!).data.drafts) as { value: { answers: object; step: number } }[];
    expect(drafts.map((d) => d.value)).toEqual([expect.objectContaining({ name: 'Half', step: 2, answers: { employer: answerOptions.employer[0] } })]);
    cleanup();
    mount();
    await screen.findByText('Question 2 of 8');
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect((await screen.findByLabelText(questions[0]!.options[0]!.label, { exact: false })) as HTMLInputElement).toHaveProperty('checked', true);
  });

  it('renders a name typed as HTML as text', async () => {
    mount();
    const evil = '<img src=x onerror=alert(1)>';
    await classify(evil, 'XSS', typicalAnswers.ally);
    await waitFor(() => expect(document.querySelector('.account-map')).not.toBeNull());
    expect(document.querySelector('.quiz-result-for')!.textContent).toBe(`Result for ${evil}, XSS`);
    expect(document.querySelector('.quiz img')).toBeNull();
    expect(document.querySelector('.account-map')!.textContent).toContain(evil);
  });

  it('reports unreadable saved data without deleting it, and starts fresh on request', async () => {
    const raw = '{"app":"customer-atlas","worksheet":"customer-type-quiz","version":1,"data":{"contacts":[],"drafts":{}}}';
    localStorage.setItem(key, raw);
    mount();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Your saved customer type quiz answers could not be read');
    expect(alert.textContent).toContain('data → contacts: should be a set of entries, not a list');
    expect(localStorage.getItem(key)).toBe(raw);
    fireEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    await screen.findByLabelText('Name (required)');
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`${key}:backup:`)).map((k) => localStorage.getItem(k))).toEqual([raw]);
  });
});

describe('before the saved data is read', () => {
  it('keeps what the rep typed into the server-rendered form', async () => {
    localStorage.setItem(key, JSON.stringify({ app: 'customer-atlas', worksheet: 'customer-type-quiz', version: 1, data: { contacts: { k: { updatedAt: 1, value: { name: 'Old', role: '', account: 'Known Co', answers: typicalAnswers.ally } } }, drafts: {} } }));
    // The page as the server sent it; a rep types into it on a slow phone; then the island hydrates and reads the storage.
    const container = document.body.appendChild(document.createElement('div'));
    container.innerHTML = renderToString(<CustomerTypeQuiz questions={questions} articles={articles} />);
    container.querySelector<HTMLInputElement>('#quiz-name')!.value = 'Early Bird';
    await act(() => hydrate(<CustomerTypeQuiz questions={questions} articles={articles} />, container));
    await waitFor(() => expect(document.querySelector('.quiz[data-ready]')).not.toBeNull());
    expect((screen.getByLabelText('Name (required)') as HTMLInputElement).value).toBe('Early Bird');
    expect((screen.getByLabelText('Account (required)') as HTMLInputElement).value).toBe('Known Co');
    const drafts = Object.values(JSON.parse(localStorage.getItem(key)!).data.drafts) as { value: { name: string } }[];
    expect(drafts.map((d) => d.value.name)).toEqual(['Early Bird']);
    renderInto(null, container);
    container.remove();
  });
});
