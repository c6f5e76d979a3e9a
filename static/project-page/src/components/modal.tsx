import { useEffect, useId, useRef, type ReactNode } from 'react';

interface ModalProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  width?: 'small' | 'medium';
}

/** A dialog over a dimmed page; Escape and the backdrop close it, focus starts inside. */
export function Modal({ title, onClose, children, width = 'medium' }: ModalProps) {
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const first = dialogRef.current?.querySelector<HTMLElement>('input, select, textarea, button:not(.okr-modal__close)');
    first?.focus();
  }, []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="okr-blanket" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={dialogRef} className={`okr-modal okr-modal--${width}`} role="dialog" aria-modal="true" aria-labelledby={titleId}>
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
