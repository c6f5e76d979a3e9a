import type { ResolverResult } from '../../src/shared/contract';

/** A node of the tree UI Kit sends over the bridge (`reconcile`). */
export interface ForgeDoc {
  type: string;
  props: Record<string, unknown>;
  children: ForgeDoc[];
  key?: string;
}

/**
 * Stands in for the bridge a UI Kit surface runs against: answers `invoke` from the given
 * resolvers and keeps the last rendered tree, as the product host would receive it.
 */
export function installUiKitBridge(resolvers: Record<string, (payload: unknown) => ResolverResult<unknown>>) {
  const state: { forgeDoc?: ForgeDoc; invocations: { functionKey: string; payload: unknown }[] } = { invocations: [] };
  const callBridge = async (cmd: string, data: { forgeDoc?: ForgeDoc; functionKey?: string; payload?: unknown }) => {
    if (cmd === 'reconcile') state.forgeDoc = data.forgeDoc;
    if (cmd === 'invoke' && data.functionKey) {
      state.invocations.push({ functionKey: data.functionKey, payload: data.payload });
      const resolver = resolvers[data.functionKey];
      if (!resolver) throw new Error(`No resolver ${data.functionKey}`);
      return resolver(data.payload);
    }
    return undefined;
  };
  const bridge = { __bridge: { callBridge } };
  Object.assign(globalThis, bridge, { self: bridge });
  return state;
}

/** Every text in the tree, in order: text pieces of one element run together, elements are spaced. */
export function textOf(node: ForgeDoc | undefined): string {
  if (!node) return '';
  if (node.type === 'String') return typeof node.props.text === 'string' ? node.props.text : '';
  return node.children
    .map((child) => (child.type === 'String' ? textOf(child) : ` ${textOf(child)} `))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

export function findAll(node: ForgeDoc | undefined, match: (node: ForgeDoc) => boolean): ForgeDoc[] {
  if (!node) return [];
  return [...(match(node) ? [node] : []), ...node.children.flatMap((child) => findAll(child, match))];
}

/** Lets React and the reconciler settle after an interaction. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}
