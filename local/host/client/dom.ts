type Child = Node | string | number | false | null | undefined;
type Attrs = Record<string, string | number | boolean | undefined | EventListener>;

/** Builds a DOM element: `on*` attributes become listeners, `false`/`undefined` are skipped. */
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.slice(2).toLowerCase(), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function clear(element: Element): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}

const CATEGORY_CLASS: Record<string, string> = { new: 'lozenge--default', indeterminate: 'lozenge--inprogress', done: 'lozenge--success' };

export function statusLozenge(status: { name: string; category: string }): HTMLElement {
  return h('span', { class: `lozenge ${CATEGORY_CLASS[status.category] ?? 'lozenge--default'}` }, status.name);
}

const TYPE_LETTER: Record<string, string> = { Epic: 'E', Story: 'S', Task: 'T', Bug: 'B', Improvement: 'I', 'Sub-task': 's' };

export function typeIcon(typeName: string): HTMLElement {
  return h(
    'span',
    { class: `type-icon type-icon--${typeName.toLowerCase().replace(/[^a-z]/g, '')}`, title: typeName },
    TYPE_LETTER[typeName] ?? typeName.charAt(0),
  );
}

export function lozenge(label: string, appearance = 'default'): HTMLElement {
  return h('span', { class: `lozenge lozenge--${appearance}` }, label);
}
