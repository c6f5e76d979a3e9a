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

/** The part of the document the user can see, in document coordinates. */
export interface VisibleBand {
  topPx: number;
  bottomPx: number;
}

/**
 * The top of a dialog panel centred in what the user can see; a panel taller than that starts at
 * its top. Kept inside the document.
 */
export function panelTopInBand(band: VisibleBand, panelHeightPx: number, documentHeightPx: number): number {
  const bandHeightPx = band.bottomPx - band.topPx;
  const top = panelHeightPx + 2 * dialogMarginPx > bandHeightPx ? band.topPx + dialogMarginPx : band.topPx + (bandHeightPx - panelHeightPx) / 2;
  return Math.max(dialogMarginPx, Math.min(top, documentHeightPx - panelHeightPx - dialogMarginPx));
}

/**
 * Which part of this (iframe's) document is on the user's screen. An IntersectionObserver without
 * a root measures against the top-level viewport, even from a cross-origin iframe that cannot see
 * its host's scroll position. Undefined where the browser cannot tell (e.g. jsdom).
 */
export function measureVisibleBand(): Promise<VisibleBand | undefined> {
  if (typeof IntersectionObserver === 'undefined') return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const observer = new IntersectionObserver((entries) => {
      observer.disconnect();
      const rect = entries[0]?.intersectionRect;
      resolve(rect && rect.height > 0 ? { topPx: rect.top + window.scrollY, bottomPx: rect.bottom + window.scrollY } : undefined);
    });
    observer.observe(document.body);
  });
}
