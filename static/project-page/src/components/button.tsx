import type { ButtonHTMLAttributes } from 'react';

type Appearance = 'primary' | 'default' | 'subtle' | 'danger' | 'link';

interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: Appearance;
}

/** An Atlassian-style button; `type` defaults to "button" so it never submits by accident. */
export function Button({ appearance = 'default', className, type = 'button', ...rest }: ButtonProps) {
  const classes = ['okr-button', `okr-button--${appearance}`, className].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
