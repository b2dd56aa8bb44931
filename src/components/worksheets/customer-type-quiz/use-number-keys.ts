/** Number keys answer the question on screen: 1 is its first option (never while the rep types in a field). */
import { useEffect } from 'preact/hooks';
import type { Question } from '../../../lib/worksheets/customer-type-quiz/questions';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) && (target as HTMLInputElement).type !== 'radio';

/** Listens for number keys while `question` is on screen and chooses its option (moving on). */
export function useNumberKeys(question: Question | undefined, choose: (option: string, advance: boolean) => void) {
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
}
