/** Space kept between a dialog panel and the document's edges, in CSS pixels. */
export const dialogMarginPx = 16;

/**
 * The top of a dialog panel in document coordinates: level with what opened it, but moved up when
 * it would run past the end of the document, and never above its start.
 */
export function panelTop(anchorTopPx: number, panelHeightPx: number, documentHeightPx: number): number {
  const lowest = documentHeightPx - panelHeightPx - dialogMarginPx;
  return Math.max(dialogMarginPx, Math.min(anchorTopPx, lowest));
}
