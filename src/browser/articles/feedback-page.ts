/** "Your feedback": lists the kept notes, downloads them as JSON and deletes them. */
import { FEEDBACK_KEY, feedbackFileName, readFeedback, serializeFeedback } from '../../lib/articles/feedback';
import { counted } from '../../lib/site/plural';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const read = () => readFeedback(localStorage.getItem(FEEDBACK_KEY));

function show(): void {
  const { notes, problem } = read();
  document.querySelector('[data-feedback-summary]')!.textContent = problem
    ? `Saved notes could not be read (${problem}).`
    : notes.length === 0 ? 'No notes are kept in this browser.' : `${counted(notes.length, 'note is', 'notes are')} kept in this browser.`;
  const list = document.querySelector('[data-feedback-list]')!;
  list.replaceChildren(
    ...notes.map((n) => {
      const item = document.createElement('li');
      item.className = 'news-item';
      item.innerHTML = '<time></time><div><h2 class="news-title"><a></a></h2><p class="note"></p><p class="news-owner"></p></div>';
      item.querySelector('time')!.textContent = new Date(n.at).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
      item.querySelector('time')!.dateTime = n.at;
      const link = item.querySelector('a')!;
      link.href = `${base}articles/${n.article}/`;
      link.textContent = `${n.number} ${n.title}`;
      item.querySelector('.note')!.textContent = n.note;
      item.querySelector('.news-owner')!.textContent = `For ${n.owner}`;
      return item;
    }),
  );
}

document.querySelector<HTMLButtonElement>('[data-feedback-export]')!.onclick = () => {
  const url = URL.createObjectURL(new Blob([serializeFeedback(read().notes, new Date())], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: feedbackFileName(new Date()) });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
document.querySelector<HTMLButtonElement>('[data-feedback-clear]')!.onclick = () => {
  if (!confirm('Delete every feedback note kept in this browser? This cannot be undone.')) return;
  localStorage.removeItem(FEEDBACK_KEY);
  show();
};
show();
