import type { FormEvent, ReactNode } from 'react';
import { Button } from './button';

interface FormLayoutProps {
  onSubmit: () => void;
  onCancel: () => void;
  submitLabel: string;
  saving: boolean;
  message: string | undefined;
  danger?: boolean;
  children: ReactNode;
}

/** The body and footer shared by every dialog form: message on top, Cancel + submit at the end. */
export function FormLayout({ onSubmit, onCancel, submitLabel, saving, message, danger = false, children }: FormLayoutProps) {
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!saving) onSubmit();
  };
  return (
    <form className="okr-form" onSubmit={handleSubmit} noValidate aria-busy={saving}>
      <div className="okr-modal__body">
        {message && (
          <div className="okr-banner okr-banner--error" role="alert" data-testid="form-error">
            {message}
          </div>
        )}
        {children}
      </div>
      <footer className="okr-modal__footer">
        <Button appearance="subtle" onClick={onCancel} disabled={saving}>
          Cancel
        </Button>
        <Button type="submit" appearance={danger ? 'danger' : 'primary'} disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </Button>
      </footer>
    </form>
  );
}
