/**
 * The little an article page does before anything loads on demand: a heading's link copies the
 * address of that heading (and says so); "Is this page useful?" loads its code
 * (src/browser/articles/feedback-ui.ts) when answered.
 */
document.addEventListener('click', (event) => {
  const target = event.target as Element;
  const answer = target.closest?.<HTMLButtonElement>('[data-feedback-answer]');
  if (answer) void import('./feedback-ui').then((ui) => ui.answer(answer));
  const link = target.closest?.<HTMLAnchorElement>('a[data-heading-link]');
  if (!link || !navigator.clipboard || event.button || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  history.replaceState(history.state, '', link.hash);
  navigator.clipboard.writeText(location.href).then(
    () => {
      const note = document.querySelector('[data-copy-note]')!;
      note.textContent = note.textContent === 'Link copied' ? 'Link copied again' : 'Link copied';
      link.dataset['copied'] = '';
      setTimeout(() => delete link.dataset['copied'], 2000);
    },
    () => (location.hash = link.hash),
  );
});
