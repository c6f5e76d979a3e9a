import { h } from './dom';

export interface FlagOptions {
  id?: string | number;
  title?: string;
  description?: string;
  type?: string;
}

const ICON: Record<string, string> = { success: '✓', error: '!', warning: '⚠', info: 'ℹ' };

function stack(): HTMLElement {
  const existing = document.getElementById('flags');
  if (existing) return existing;
  const created = h('div', { id: 'flags', class: 'flags', 'aria-live': 'polite' });
  document.body.append(created);
  return created;
}

/** Jira's flags: toasts at the bottom left that fade after a while. */
export function showFlag(options: FlagOptions): void {
  const type = options.type ?? 'info';
  const flag = h(
    'div',
    { class: `flag flag--${type}`, role: 'alert', 'data-flag-id': options.id === undefined ? undefined : String(options.id) },
    h('span', { class: 'flag__icon' }, ICON[type] ?? 'ℹ'),
    h('div', { class: 'flag__content' }, h('strong', {}, options.title ?? ''), options.description ? h('p', {}, options.description) : null),
    h('button', { class: 'flag__close', 'aria-label': 'Dismiss', onclick: () => flag.remove() }, '×'),
  );
  stack().append(flag);
  setTimeout(() => flag.remove(), 8000);
}

export function closeFlag(id: unknown): void {
  document.querySelector(`[data-flag-id="${String(id)}"]`)?.remove();
}
