/** Where the header's results panel sits: under the search field, within the window, full width on a phone. Pure. */

/** A rectangle in window coordinates. */
export interface Box {
  top: number;
  left: number;
  width: number;
  /** The tallest the panel may be without leaving the window. */
  maxHeight: number;
}

/** Below this window width the panel spans the whole width. */
export const PHONE_MAX = 640;
/** The panel's preferred width on larger screens, in px. */
export const PANEL_WIDTH = 600;
const MARGIN = 8;

/** The panel's box for a search field at `field` in a window of `view` size. */
export function panelBox(field: { bottom: number; left: number; right: number }, view: { width: number; height: number }): Box {
  const top = Math.max(0, Math.round(field.bottom + 6));
  const maxHeight = Math.max(160, view.height - top - MARGIN);
  if (view.width < PHONE_MAX) return { top, left: 0, width: view.width, maxHeight };
  const width = Math.min(Math.max(PANEL_WIDTH, field.right - field.left), view.width - 2 * MARGIN);
  const left = Math.round(Math.max(MARGIN, Math.min(field.left, view.width - MARGIN - width)));
  return { top, left, width: Math.round(width), maxHeight };
}
