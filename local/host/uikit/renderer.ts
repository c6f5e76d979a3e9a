import { textOf, type ForgeDoc } from './forge-doc';
import { el, text, type VNode } from './vnode';

export type ComponentRender = (node: ForgeDoc, r: Renderer) => VNode;

/**
 * forgeDoc → virtual DOM. Component props that are functions are called directly: the app's
 * React tree lives in the same iframe realm, just as UI Kit's runtime calls back into it.
 */
export class Renderer {
  /** Per-node UI state the app does not own (open tab, open menu), kept across re-renders. */
  readonly uiState = new Map<string, unknown>();

  constructor(
    private readonly components: Record<string, ComponentRender>,
    private readonly onHandlerError: (error: unknown) => void = (error) => console.error(error),
    /** Asks for a repaint after renderer-owned state changed (e.g. a tab was clicked). */
    readonly requestRepaint: () => void = () => undefined,
  ) {}

  render(node: ForgeDoc): VNode {
    if (node.type === 'String') return text(node.props['text']);
    const component = this.components[node.type];
    return component ? component(node, this) : this.unknown(node);
  }

  children(node: ForgeDoc): VNode[] {
    return node.children.map((child) => this.render(child));
  }

  text(node: ForgeDoc): string {
    return textOf(node);
  }

  /** Calls an app callback, reporting (not throwing) sync and async failures. */
  call(fn: unknown, ...args: unknown[]): void {
    if (typeof fn !== 'function') return;
    try {
      const result: unknown = (fn as (...a: unknown[]) => unknown)(...args);
      if (result instanceof Promise) result.catch(this.onHandlerError);
    } catch (error) {
      this.onHandlerError(error);
    }
  }

  // Gaps must be visible, never silent: an outlined box names the component we do not draw.
  private unknown(node: ForgeDoc): VNode {
    return el('div', node.key, { class: 'uik-unknown', 'data-uikit-type': node.type }, [
      el('span', `${node.key}:label`, { class: 'uik-unknown__label' }, [text(node.type)]),
      ...this.children(node),
    ]);
  }
}
