import { propFn, propString, type ForgeDoc } from './forge-doc';
import type { ComponentRender, Renderer } from './renderer';
import { cx, el, text, type VNode } from './vnode';

function wrapper(node: ForgeDoc, name: string): ForgeDoc | undefined {
  return node.children.find((child) => child.type === 'ContentWrapper' && child.props['name'] === name);
}

function cells(row: ForgeDoc, r: Renderer, tag: 'th' | 'td'): VNode[] {
  return row.children.map((cell) => el(tag, cell.key, { class: `uik-table__${tag}` }, r.children(cell)));
}

/** DynamicTable arrives as ContentWrapper "head" (Cells) and "rows" (Rows of Cells). */
function dynamicTable(node: ForgeDoc, r: Renderer): VNode {
  const head = wrapper(node, 'head');
  const rows = wrapper(node, 'rows')?.children ?? [];
  const caption = propString(node, 'caption');
  const body =
    rows.length > 0
      ? rows.map((row) => el('tr', row.key, {}, cells(row, r, 'td')))
      : [
          el('tr', `${node.key}:empty`, {}, [
            el('td', `${node.key}:empty:cell`, { class: 'uik-table__empty', colspan: String(head?.children.length ?? 1) }, [
              text(node.props['isLoading'] === true ? 'Loading...' : 'No items'),
            ]),
          ]),
        ];
  return el('table', node.key, { class: 'uik-table' }, [
    ...(caption ? [el('caption', `${node.key}:caption`, {}, [text(caption)])] : []),
    ...(head ? [el('thead', `${node.key}:head`, {}, [el('tr', head.key, {}, cells(head, r, 'th'))])] : []),
    el('tbody', `${node.key}:body`, {}, body),
  ]);
}

function modal(node: ForgeDoc, r: Renderer): VNode {
  const onClose = propFn(node, 'onClose');
  return el(
    'div',
    node.key,
    { class: `uik-modal uik-modal--${propString(node, 'width') ?? 'medium'}`, role: 'dialog', 'aria-label': propString(node, 'label') },
    [
      el('button', `${node.key}:close`, { class: 'uik-modal__close', type: 'button', 'aria-label': 'Close' }, [text('×')], {
        on: { click: () => r.call(onClose) },
      }),
      ...r.children(node),
    ],
  );
}

/** Tabs keep their selection in the renderer unless the app controls it with `selected`. */
function tabs(node: ForgeDoc, r: Renderer): VNode {
  const list = node.children.find((child) => child.type === 'TabList');
  const panels = node.children.filter((child) => child.type === 'TabPanel');
  const controlled = node.props['selected'];
  const selected = Number(controlled ?? r.uiState.get(node.key) ?? node.props['defaultSelected'] ?? 0);
  const select = (index: number) => () => {
    r.uiState.set(node.key, index);
    r.call(node.props['onChange'], index);
    r.requestRepaint();
  };
  const tabNodes = (list?.children ?? []).map((tab, index) =>
    el(
      'button',
      tab.key,
      { class: cx('uik-tab', index === selected && 'uik-tab--selected'), role: 'tab', type: 'button', 'aria-selected': String(index === selected) },
      r.children(tab),
      { on: { click: select(index) } },
    ),
  );
  return el('div', node.key, { class: 'uik-tabs' }, [
    el('div', list?.key ?? `${node.key}:list`, { class: 'uik-tab-list', role: 'tablist' }, tabNodes),
    ...panels.map((panel, index) =>
      el('div', panel.key, { class: 'uik-tab-panel', role: 'tabpanel', hidden: index === selected ? undefined : '' }, r.children(panel)),
    ),
  ]);
}

const section =
  (tag: string, className: string): ComponentRender =>
  (node, r) =>
    el(tag, node.key, { class: className }, r.children(node));

export const containerComponents: Record<string, ComponentRender> = {
  DynamicTable: dynamicTable,
  Modal: modal,
  ModalTransition: section('div', 'uik-modal-transition'),
  ModalHeader: section('div', 'uik-modal__header'),
  ModalTitle: section('h2', 'uik-modal__title'),
  ModalBody: section('div', 'uik-modal__body'),
  ModalFooter: section('div', 'uik-modal__footer'),
  Tabs: tabs,
};
