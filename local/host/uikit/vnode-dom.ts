import type { EventHandler, VElement, VNode } from './vnode';

type Managed = Node & {
  __vkey?: string;
  __handlers?: Record<string, EventHandler>;
  __listening?: Set<string>;
};

function keyOf(vnode: VNode, index: number): string {
  return vnode.kind === 'text' ? `#text:${index}` : vnode.key;
}

function fits(node: Managed, vnode: VNode): boolean {
  if (vnode.kind === 'text') return node.nodeType === Node.TEXT_NODE;
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName.toLowerCase() === vnode.tag;
}

function syncAttributes(element: Element, vnode: VElement): void {
  for (const name of element.getAttributeNames()) if (!(name in vnode.attrs)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(vnode.attrs)) if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

// One listener per event type that forwards to the latest handler, so re-renders never stack listeners.
function syncHandlers(element: Managed, vnode: VElement): void {
  element.__handlers = vnode.on;
  element.__listening ??= new Set();
  for (const type of Object.keys(vnode.on)) {
    if (element.__listening.has(type)) continue;
    element.__listening.add(type);
    element.addEventListener(type, (event) => element.__handlers?.[type]?.(event));
  }
}

function syncProps(element: Element, vnode: VElement): void {
  const field = element as HTMLInputElement & HTMLOptionElement;
  if (vnode.props.value !== undefined && field.value !== vnode.props.value) field.value = vnode.props.value;
  if (vnode.props.checked !== undefined && field.checked !== vnode.props.checked) field.checked = vnode.props.checked;
  if (vnode.props.selected !== undefined && field.selected !== vnode.props.selected) field.selected = vnode.props.selected;
}

function create(vnode: VNode, doc: Document): Managed {
  const node: Managed = vnode.kind === 'text' ? doc.createTextNode(vnode.text) : doc.createElement(vnode.tag);
  if (vnode.kind === 'el') update(node, vnode);
  return node;
}

function update(node: Managed, vnode: VNode): void {
  if (vnode.kind === 'text') {
    if (node.textContent !== vnode.text) node.textContent = vnode.text;
    return;
  }
  const element = node as Element & Managed;
  syncAttributes(element, vnode);
  syncHandlers(element, vnode);
  const keepTyping = vnode.tag === 'textarea' && vnode.props.value !== undefined;
  if (!keepTyping) patchChildren(element, vnode.children);
  syncProps(element, vnode);
}

/**
 * Patches `parent`'s children to match `vnodes`, reusing DOM nodes by key: an input being
 * typed into keeps its element, value, focus and caret across re-renders.
 */
export function patchChildren(parent: Element, vnodes: VNode[]): void {
  const existing = Array.from(parent.childNodes) as Managed[];
  const byKey = new Map(existing.map((node, index) => [node.__vkey ?? `#unmanaged:${index}`, node]));
  const used = new Set<Node>();
  vnodes.forEach((vnode, index) => {
    const key = keyOf(vnode, index);
    const found = byKey.get(key);
    const node = found && !used.has(found) && fits(found, vnode) ? found : create(vnode, parent.ownerDocument);
    if (node === found) update(node, vnode);
    node.__vkey = key;
    const current = parent.childNodes[index];
    if (current !== node) parent.insertBefore(node, current ?? null);
    used.add(node);
  });
  for (const node of existing) if (!used.has(node) && node.parentNode === parent) parent.removeChild(node);
}
