import { h } from './dom';

export interface MenuItem {
  label: string;
  run: () => void;
}

/** The "•••" button of sprint and backlog headers, listing the app's action modules. */
export function actionMenu(label: string, items: MenuItem[]): HTMLElement {
  const list = h('ul', { class: 'menu__list', role: 'menu', hidden: true });
  const toggle = h('button', { class: 'button button--subtle menu__toggle', 'aria-label': label, 'aria-haspopup': 'menu' }, '•••');
  const close = (): void => list.setAttribute('hidden', '');
  toggle.addEventListener('click', (event) => {
    event.stopPropagation();
    if (list.hasAttribute('hidden')) list.removeAttribute('hidden');
    else close();
    document.addEventListener('click', close, { once: true });
  });
  items.forEach((item) =>
    list.append(
      h(
        'li',
        {
          role: 'menuitem',
          class: 'menu__item',
          onclick: () => {
            close();
            item.run();
          },
        },
        item.label,
      ),
    ),
  );
  if (items.length === 0) list.append(h('li', { class: 'menu__item menu__item--empty' }, 'No app actions'));
  return h('div', { class: 'menu' }, toggle, list);
}
