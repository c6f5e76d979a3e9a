import { h } from './dom';

/** A Jira-style modal dialog on the host page; returns its close function. */
export function openModal(title: string, body: HTMLElement, onClosed: () => void = () => undefined, size = 'medium'): () => void {
  const close = (): void => {
    overlay.remove();
    document.removeEventListener('keydown', onKey);
    onClosed();
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') close();
  };
  const overlay = h(
    'div',
    {
      class: 'modal-overlay',
      onclick: (event: Event) => {
        if (event.target === overlay) close();
      },
    },
    h(
      'div',
      { class: `modal modal--${size}`, role: 'dialog', 'aria-label': title },
      h('div', { class: 'modal__header' }, h('h2', {}, title), h('button', { class: 'modal__close', 'aria-label': 'Close', onclick: close }, '×')),
      h('div', { class: 'modal__body' }, body),
    ),
  );
  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  return close;
}
