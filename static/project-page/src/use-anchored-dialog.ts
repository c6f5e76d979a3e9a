import { useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { dialogMarginPx, measureVisibleBand, panelTop, panelTopInBand } from './dialog-position';

const focusable = 'input:not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';
const firstField = 'input, select, textarea, button:not(.okr-modal__close)';

/** Where the dialog opened from, measured once before it is shown. */
interface Frame {
  opener: HTMLElement | null;
  anchorTopPx: number;
  documentHeightPx: number;
}

/**
 * Places a dialog where the user is looking. The host sizes the iframe to the whole page, so a
 * dialog fixed in the iframe's viewport would sit at the top of a long page, out of sight once the
 * host page is scrolled. The panel is centred in the visible part of the page (level with its
 * opener where that cannot be measured) and the backdrop covers the document.
 * Focus moves into the panel, stays there, and goes back to the opener on close; Escape closes.
 */
export function useAnchoredDialog(opener: HTMLElement | null | undefined, onClose: () => void) {
  const panelRef = useRef<HTMLDivElement>(null);
  const [frame] = useState(() => measureFrame(opener ?? focusedElement()));
  const [layout, setLayout] = useState({ topPx: frame.anchorTopPx, heightPx: 0 });

  useLayoutEffect(() => {
    const heightPx = panelRef.current?.offsetHeight ?? 0;
    setLayout({ topPx: panelTop(frame.anchorTopPx, heightPx, frame.documentHeightPx), heightPx });
    // Then, where the browser can tell what is on screen, centre the panel there.
    let open = true;
    void measureVisibleBand().then((band) => {
      if (open && band) setLayout({ topPx: panelTopInBand(band, heightPx, frame.documentHeightPx), heightPx });
    });
    return () => {
      open = false;
    };
  }, [frame]);

  useEffect(() => {
    panelRef.current?.querySelector<HTMLElement>(firstField)?.focus();
    return () => {
      if (frame.opener?.isConnected) frame.opener.focus();
    };
  }, [frame]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
      else if (event.key === 'Tab' && panelRef.current) keepFocusInside(panelRef.current, event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const blanketStyle: CSSProperties = { height: Math.max(frame.documentHeightPx, layout.topPx + layout.heightPx + dialogMarginPx) };
  const panelStyle: CSSProperties = { top: layout.topPx };
  return { panelRef, blanketStyle, panelStyle };
}

function measureFrame(opener: HTMLElement | null): Frame {
  const documentHeightPx = Math.max(document.documentElement.scrollHeight, document.body.scrollHeight, window.innerHeight);
  const anchorTopPx = (opener ? opener.getBoundingClientRect().top : 0) + window.scrollY;
  return { opener, anchorTopPx, documentHeightPx };
}

function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function keepFocusInside(panel: HTMLElement, event: KeyboardEvent): void {
  const controls = Array.from(panel.querySelectorAll<HTMLElement>(focusable));
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = document.activeElement;
  const outside = !panel.contains(active);
  if (event.shiftKey && (active === first || outside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || outside)) {
    event.preventDefault();
    first.focus();
  }
}
