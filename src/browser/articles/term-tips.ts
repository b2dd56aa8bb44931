/** Glossary tooltips show on hover and focus with CSS; Escape hides them until focus or pointer moves on (WCAG 1.4.13). */
export function initTermTips(): void {
  const root = document.documentElement;
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') root.classList.add('tips-dismissed');
  });
  const reset = (event: Event) => {
    if ((event.target as Element | null)?.closest?.('.term, .stop-item')) root.classList.remove('tips-dismissed');
  };
  document.addEventListener('focusin', reset);
  document.addEventListener('mouseover', reset);
}
