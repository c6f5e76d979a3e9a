import type { ReactNode } from 'react';

interface FieldProps {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  required?: boolean;
  children: ReactNode;
}

/** A label, the control, and the server's message for that field right below it. */
export function Field({ id, label, error, hint, required = false, children }: FieldProps) {
  return (
    <div className={`okr-field${error ? ' okr-field--invalid' : ''}`}>
      <label className="okr-field__label" htmlFor={id}>
        {label}
        {required && (
          <span className="okr-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      {children}
      {hint && !error && <div className="okr-field__hint">{hint}</div>}
      {error && (
        <div className="okr-field__error" role="alert" id={`${id}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/**
 * The message for a field. Servers name fields by path ("title", "cycle.startDate",
 * "changes.title", "measure.target"), so the last segments are matched too.
 */
export function findFieldError(errors: Record<string, string>, ...names: string[]): string | undefined {
  for (const name of names) {
    const exact = errors[name];
    if (exact !== undefined) return exact;
    const suffixed = Object.keys(errors).find((key) => key.endsWith(`.${name}`));
    if (suffixed !== undefined) return errors[suffixed];
  }
  return undefined;
}
