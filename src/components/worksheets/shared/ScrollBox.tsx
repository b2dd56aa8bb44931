/**
 * A table that may be wider than the page: it scrolls sideways inside the content grid, and says
 * so. A fade on the side with more to see, and a shadow once scrolled (beside a sticky first
 * column, where the table has one) are drawn over the box, so they move nothing. Styles in
 * `styles/controls.css` (`.scroll-box`).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  /** The id of the element that names the region (a caption or heading). */
  labelledBy: string;
  class?: string;
  children: ComponentChildren;
}

/** Marks the box `data-more-end` while there is more to the right, `data-scrolled` once scrolled. */
export default function ScrollBox({ labelledBy, class: extra, children }: Props) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = inner.current;
    const frame = outer.current;
    if (!box || !frame) return;
    const mark = () => {
      const more = box.scrollWidth - box.clientWidth - box.scrollLeft > 1;
      frame.toggleAttribute('data-more-end', more);
      frame.toggleAttribute('data-scrolled', box.scrollLeft > 1);
    };
    mark();
    box.addEventListener('scroll', mark, { passive: true });
    const watch = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(mark);
    watch?.observe(box);
    if (box.firstElementChild) watch?.observe(box.firstElementChild);
    return () => (box.removeEventListener('scroll', mark), watch?.disconnect());
  }, []);
  return (
    <div class={`scroll-box${extra ? ` ${extra}` : ''}`} ref={outer}>
      <div class="scroll-box-inner" ref={inner} tabIndex={0} role="region" aria-labelledby={labelledBy}>
        {children}
      </div>
    </div>
  );
}
