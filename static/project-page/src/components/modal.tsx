import { useId, type ReactNode } from 'react';
import { useAnchoredDialog } from '../use-anchored-dialog';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  width?: 'small' | 'medium';
  /** What opened the dialog: the panel opens level with it and focus returns to it. Defaults to the focused element. */
  opener?: HTMLElement | null;
}

/** A dialog over the dimmed page, next to what opened it; Escape and the backdrop close it. */
export function Modal({ title, onClose, children, width = 'medium', opener }: ModalProps) {
  const titleId = useId();
  const { panelRef, blanketStyle, panelStyle } = useAnchoredDialog(opener, onClose);
  return (
    <div className="okr-blanket" style={blanketStyle} onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={panelRef} className={`okr-modal okr-modal--${width}`} style={panelStyle} role="dialog" aria-modal="true" aria-labelledby={titleId}>
        <header className="okr-modal__header">
          <h2 id={titleId} className="okr-modal__title">
            {title}
          </h2>
          <button type="button" className="okr-modal__close" aria-label="Close" onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </div>
  );
}
