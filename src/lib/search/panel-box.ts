/** Where the header's results panel sits: under the search field, inside the content grid, the grid's full width on a phone. Pure. */

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

/** The content grid's left and right edges in window coordinates (the header's content box). */
export interface GridEdges {
  left: number;
  right: number;
}

/**
 * The panel's box for a search field at `field` in a window of `view` size: always inside the
 * content grid (`grid`, else the window less a small margin), the grid's full width on a phone.
 */
export function panelBox(field: { bottom: number; left: number; right: number }, view: { width: number; height: number }, grid?: GridEdges): Box {
  const top = Math.max(0, Math.round(field.bottom + 6));
  const maxHeight = Math.max(160, view.height - top - MARGIN);
  const edges = grid ?? { left: MARGIN, right: view.width - MARGIN };
  const gridLeft = Math.max(0, Math.round(edges.left));
  const gridWidth = Math.max(0, Math.min(view.width, Math.round(edges.right)) - gridLeft);
  if (view.width < PHONE_MAX) return { top, left: gridLeft, width: gridWidth, maxHeight };
  const width = Math.round(Math.min(Math.max(PANEL_WIDTH, field.right - field.left), gridWidth));
  const left = Math.round(Math.max(gridLeft, Math.min(field.left, gridLeft + gridWidth - width)));
  return { top, left, width, maxHeight };
}
