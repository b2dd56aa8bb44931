/**
 * "Is this page useful?": Yes thanks the reader; No opens the note form, which keeps the email
 * link in step with the note, or keeps the note in this browser when no address is set. Loaded
 * on the first answer by article-page.ts.
 */
import { FEEDBACK_KEY, feedbackMail, mailtoHref, newNote, readFeedback, serializeFeedback, type FeedbackArticle } from '../../lib/articles/feedback';

let wired = false;

/** Shows the answer given: thanks for Yes, the note form (focused) for No. */
export function answer(button: HTMLButtonElement): void {
  const box = button.closest<HTMLElement>('[data-feedback]');
  const form = box?.querySelector<HTMLFormElement>('[data-feedback-form]');
  if (!box || !form) return;
  const yes = button.dataset['feedbackAnswer'] === 'yes';
  box.querySelector('[data-feedback-answer="yes"]')?.setAttribute('aria-pressed', String(yes));
  box.querySelector('[data-feedback-answer="no"]')?.setAttribute('aria-expanded', String(!yes));
  form.hidden = yes;
  box.querySelector('[data-feedback-status]')!.textContent = yes ? 'Thank you: glad it helped.' : '';
  if (yes) return;
  initFeedbackForm(box, form);
  form.querySelector('textarea')?.focus();
}

/** Wires the form once: the mail link follows the text; "Keep this note" saves it locally. */
function initFeedbackForm(box: HTMLElement, form: HTMLFormElement): void {
  if (wired) return;
  wired = true;
  const d = box.dataset;
  const article: FeedbackArticle = { id: d['articleId']!, number: d['number']!, title: d['title']!, owner: d['owner']!, url: d['url']! };
  const text = form.querySelector('textarea')!;
  const status = box.querySelector('[data-feedback-status]')!;
  const mail = form.querySelector<HTMLAnchorElement>('[data-feedback-mail]');
  const to = d['to'];
  if (mail && to) {
    const follow = () => {
      const { subject, body } = feedbackMail(article, text.value);
      mail.href = mailtoHref(to, subject, body);
    };
    text.addEventListener('input', follow);
    follow();
    mail.addEventListener('click', () => (status.textContent = `Your email app opens with the note to ${article.owner}; nothing is sent until you send it there.`));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const kept = newNote(article, text.value, new Date());
    if (!kept) {
      status.textContent = 'Write a few words first: the note is empty.';
      text.focus();
      return;
    }
    try {
      const raw = localStorage.getItem(FEEDBACK_KEY);
      const { notes, problem } = readFeedback(raw);
      // A saved value that cannot be read is kept aside, never written over.
      if (problem && raw !== null) localStorage.setItem(`${FEEDBACK_KEY}:kept:${Date.now()}`, raw);
      localStorage.setItem(FEEDBACK_KEY, serializeFeedback([...notes, kept], new Date()));
      text.value = '';
      status.textContent = 'Kept in this browser. Download it from Your feedback to pass it on.';
    } catch {
      status.textContent = 'This browser would not keep the note (storage is off or full): copy the text to keep it.';
    }
  });
}
