import { propFn, propString, type ForgeDoc } from './forge-doc';
import type { ComponentRender, Renderer } from './renderer';
import { syntheticEvent } from './synthetic-event';
import { cx, el, text, type VNode } from './vnode';

const GLYPH: Record<string, string> = { add: '+', 'chevron-down': '▾', 'chevron-right': '▸', more: '•••', check: '✓', cross: '×' };

function glyph(node: ForgeDoc, prop: 'iconBefore' | 'iconAfter'): VNode[] {
  const name = propString(node, prop);
  return name ? [el('span', `${node.key}:${prop}`, { class: 'uik-button__icon', 'aria-hidden': 'true' }, [text(GLYPH[name] ?? '◆')])] : [];
}

function button(node: ForgeDoc, r: Renderer, loading = false): VNode {
  const p = node.props;
  const disabled = p['isDisabled'] === true || loading;
  const classes = cx(
    'uik-button',
    `uik-button--${propString(node, 'appearance') ?? 'default'}`,
    p['isSelected'] === true && 'uik-button--selected',
    p['shouldFitContainer'] === true && 'uik-button--fit',
    propString(node, 'spacing') === 'compact' && 'uik-button--compact',
  );
  const onClick = propFn(node, 'onClick');
  const content = loading ? [el('span', `${node.key}:spinner`, { class: 'uik-spinner uik-spinner--small', role: 'status' })] : [];
  return el(
    'button',
    node.key,
    { class: classes, type: propString(node, 'type') ?? 'button', disabled: disabled ? '' : undefined, 'aria-label': propString(node, 'ariaLabel') },
    [...content, ...glyph(node, 'iconBefore'), ...r.children(node), ...glyph(node, 'iconAfter')],
    { on: onClick ? { click: (event) => r.call(onClick, syntheticEvent(event)) } : {} },
  );
}

function linkButton(node: ForgeDoc, r: Renderer): VNode {
  const newTab = node.props['target'] === '_blank';
  return el(
    'a',
    node.key,
    { class: `uik-button uik-button--${propString(node, 'appearance') ?? 'default'}`, href: propString(node, 'href'), target: newTab ? '_blank' : '_top' },
    r.children(node),
  );
}

function pressable(node: ForgeDoc, r: Renderer): VNode {
  const onClick = propFn(node, 'onClick');
  return el('button', node.key, { class: 'uik-pressable', type: 'button' }, r.children(node), {
    on: onClick ? { click: (event) => r.call(onClick, syntheticEvent(event)) } : {},
  });
}

export const buttonComponents: Record<string, ComponentRender> = {
  Button: (node, r) => button(node, r),
  LoadingButton: (node, r) => button(node, r, node.props['isLoading'] === true),
  LinkButton: linkButton,
  ButtonGroup: (node, r) => el('div', node.key, { class: 'uik-button-group', role: 'group', 'aria-label': propString(node, 'label') }, r.children(node)),
  Pressable: pressable,
};
