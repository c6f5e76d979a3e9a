/**
 * A tiny virtual DOM: the UI Kit renderer builds it from a forgeDoc, then it is either
 * serialised to HTML (pure, testable in node) or patched into the iframe's DOM by key.
 */
export type EventHandler = (event: Event) => void;

export interface VElement {
  kind: 'el';
  tag: string;
  key: string;
  attrs: Record<string, string>;
  on: Record<string, EventHandler>;
  /** Live DOM properties that attributes cannot keep in sync after user input. */
  props: { value?: string; checked?: boolean; selected?: boolean };
  children: VNode[];
}

export interface VText {
  kind: 'text';
  text: string;
}

export type VNode = VElement | VText;

export interface ElementExtras {
  on?: Record<string, EventHandler>;
  props?: VElement['props'];
}

export function el(tag: string, key: string, attrs: Record<string, string | undefined> = {}, children: VNode[] = [], extras: ElementExtras = {}): VElement {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) clean[name] = value;
  return { kind: 'el', tag, key, attrs: clean, on: extras.on ?? {}, props: extras.props ?? {}, children };
}

export function text(value: unknown): VText {
  const printable = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
  return { kind: 'text', text: printable ? String(value) : '' };
}

/** Joins class names, skipping empty ones. */
export function cx(...names: Array<string | false | undefined | null>): string {
  return names.filter(Boolean).join(' ');
}
