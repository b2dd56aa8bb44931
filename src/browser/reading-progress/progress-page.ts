/** "Your reading": the count, the export, the clear button and the list of progress kept aside. */
import { isRead, progressFileName, serializeProgress } from '../../lib/reading-progress/progress';
import { backupKeys, clearProgress } from '../../lib/reading-progress/store';
import { repName, saveRepName } from '../worksheets/rep-name-store';
import { decorate, progress } from './progress-ui';

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function summarize(): void {
  const ids = [...new Set([...document.querySelectorAll<HTMLElement>('[data-article-id]')].map((a) => a.dataset['articleId']!))];
  const read = ids.filter((id) => isRead(progress(), id)).length;
  document.querySelector('[data-progress-summary]')!.textContent =
    read === 0 ? `You have not read any of the ${ids.length} articles yet.` : `You have read ${read} of ${ids.length} articles.`;
}

function listKept(): void {
  const keys = backupKeys(localStorage);
  const box = document.querySelector<HTMLElement>('[data-progress-kept]')!;
  box.hidden = keys.length === 0;
  const list = box.querySelector('ul')!;
  list.replaceChildren(
    ...keys.map((key) => {
      const item = document.createElement('li');
      const when = new Date(Number(key.split(':').pop())).toLocaleString();
      item.innerHTML = '<code></code> <button type="button" class="button">Download</button> <button type="button" class="button">Delete</button>';
      item.querySelector('code')!.textContent = `${key} (${when})`;
      const [get, drop] = item.querySelectorAll('button');
      get!.onclick = () => download(`reading-progress-kept-${key.split(':').pop()}.json`, localStorage.getItem(key) ?? '');
      drop!.onclick = () => (localStorage.removeItem(key), listKept());
      return item;
    }),
  );
}

function repField(): void {
  const input = document.querySelector<HTMLInputElement>('[data-rep-name]')!;
  const hint = document.querySelector<HTMLElement>('[data-rep-name-hint]')!;
  input.value = repName() ?? '';
  input.onchange = () => {
    const ok = saveRepName(input.value);
    hint.textContent = ok ? (input.value.trim() ? 'Saved: your exports carry this name.' : 'Your exports carry no name.') : 'This browser did not keep the name.';
    if (ok) input.value = repName() ?? '';
  };
}

document.querySelector<HTMLButtonElement>('[data-progress-export]')!.onclick = () =>
  download(progressFileName(new Date()), serializeProgress(progress(), new Date(), repName()));
const clear = document.querySelector<HTMLButtonElement>('[data-progress-clear]')!;
clear.onclick = () => {
  if (!confirm('Clear your reading progress in this browser? This cannot be undone.')) return;
  clearProgress(localStorage);
  location.reload();
};
summarize();
listKept();
repField();
decorate();
