import type { VNode } from './vnode';

const VOID = new Set(['input', 'img', 'br', 'hr', 'meta', 'link']);

export function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function attributes(node: Extract<VNode, { kind: 'el' }>): string {
  const attrs: Record<string, string> = { ...node.attrs };
  if (node.props.value !== undefined && node.tag === 'input') attrs['value'] = node.props.value;
  if (node.props.checked === true) attrs['checked'] = '';
  if (node.props.checked === false) delete attrs['checked'];
  if (node.props.selected === true) attrs['selected'] = '';
  if (node.props.selected === false) delete attrs['selected'];
  return Object.entries(attrs)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/** Serialises the virtual DOM (handlers dropped): the renderer's pure, node-testable output. */
export function toHtml(node: VNode): string {
  if (node.kind === 'text') return escapeHtml(node.text);
  const open = `<${node.tag}${attributes(node)}>`;
  if (VOID.has(node.tag)) return open;
  const inner = node.tag === 'textarea' && node.props.value !== undefined ? escapeHtml(node.props.value) : node.children.map(toHtml).join('');
  return `${open}${inner}</${node.tag}>`;
}
