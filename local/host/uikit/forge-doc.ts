/** The tree @forge/react's reconciler sends with `callBridge('reconcile', { forgeDoc })`. */
export interface ForgeDoc {
  type: string;
  props: Record<string, unknown>;
  children: ForgeDoc[];
  key: string;
}

export function isForgeDoc(value: unknown): value is ForgeDoc {
  return typeof value === 'object' && value !== null && 'type' in value && 'children' in value;
}

export function propString(node: ForgeDoc, name: string): string | undefined {
  const value = node.props[name];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

export function propFn(node: ForgeDoc, name: string): ((...args: unknown[]) => unknown) | undefined {
  const value = node.props[name];
  return typeof value === 'function' ? (value as (...args: unknown[]) => unknown) : undefined;
}

/** The text of a subtree (String nodes), e.g. for a Tooltip or a Lozenge label. */
export function textOf(node: ForgeDoc): string {
  if (node.type === 'String') return propString(node, 'text') ?? '';
  return node.children.map(textOf).join('');
}
