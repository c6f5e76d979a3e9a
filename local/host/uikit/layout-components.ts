import { propString, type ForgeDoc } from './forge-doc';
import type { ComponentRender, Renderer } from './renderer';
import { cx, el, text, type VNode } from './vnode';
import { joinStyles, styleFrom, tokenValue } from './xcss';

const ALIGN: Record<string, string> = { start: 'flex-start', center: 'center', end: 'flex-end', stretch: 'stretch', baseline: 'baseline' };

function flexStyle(node: ForgeDoc, direction: 'row' | 'column'): string {
  const p = node.props;
  const main = p['spread'] === 'space-between' ? 'space-between' : ALIGN[String(direction === 'row' ? p['alignInline'] : p['alignBlock'])];
  const cross = ALIGN[String(direction === 'row' ? p['alignBlock'] : p['alignInline'])];
  return [
    `display:flex;flex-direction:${direction}`,
    p['space'] ? `gap:${tokenValue(p['rowSpace'] ?? p['space'])} ${tokenValue(p['space'])}` : '',
    main ? `justify-content:${main}` : '',
    cross ? `align-items:${cross}` : '',
    p['shouldWrap'] ? 'flex-wrap:wrap' : '',
    p['grow'] === 'fill' ? 'flex-grow:1' : '',
  ]
    .filter(Boolean)
    .join(';');
}

function box(node: ForgeDoc, r: Renderer): VNode {
  const p = node.props;
  const direct = styleFrom({
    padding: p['padding'],
    paddingBlock: p['paddingBlock'],
    paddingInline: p['paddingInline'],
    backgroundColor: p['backgroundColor'],
  });
  return el('div', node.key, { class: 'uik-box', style: joinStyles(direct, styleFrom(p['xcss'])) }, r.children(node));
}

const HEADING_LEVEL: Record<string, string> = { xxlarge: 'h1', xlarge: 'h1', large: 'h2', medium: 'h3', small: 'h4', xsmall: 'h5', xxsmall: 'h6' };

function heading(node: ForgeDoc, r: Renderer): VNode {
  const size = propString(node, 'size') ?? 'medium';
  const tag = HEADING_LEVEL[size] ?? propString(node, 'as') ?? 'h3';
  return el(tag, node.key, { class: `uik-heading uik-heading--${size}` }, r.children(node));
}

function textComponent(node: ForgeDoc, r: Renderer): VNode {
  const as = propString(node, 'as');
  const tag = as === 'strong' || as === 'em' || as === 'span' ? as : as === 'strike' ? 's' : 'p';
  const style = joinStyles(
    node.props['color'] ? `color:${tokenValue(node.props['color'])}` : undefined,
    propString(node, 'align') ? `text-align:${propString(node, 'align') ?? ''}` : undefined,
    node.props['weight'] === 'bold' || node.props['weight'] === 'semibold' ? 'font-weight:600' : undefined,
  );
  return el(tag, node.key, { class: cx('uik-text', `uik-text--${propString(node, 'size') ?? 'medium'}`), style }, r.children(node));
}

const inlineTag =
  (tag: string): ComponentRender =>
  (node, r) =>
    el(tag, node.key, { class: `uik-${tag}` }, r.children(node));

function link(node: ForgeDoc, r: Renderer): VNode {
  const newTab = node.props['openNewTab'] === true;
  return el(
    'a',
    node.key,
    { class: 'uik-link', href: propString(node, 'href'), target: newTab ? '_blank' : '_top', rel: newTab ? 'noreferrer' : undefined },
    r.children(node),
  );
}

const lozenge: ComponentRender = (node, r) =>
  el(
    'span',
    node.key,
    { class: cx('uik-lozenge', `uik-lozenge--${propString(node, 'appearance') ?? 'default'}`, node.props['isBold'] === true && 'uik-lozenge--bold') },
    r.children(node),
  );

function badge(node: ForgeDoc, r: Renderer): VNode {
  const max = Number(node.props['max'] ?? 99);
  const value = Number(r.text(node));
  const label = Number.isFinite(value) && node.children.length > 0 && value > max ? `${max}+` : r.text(node);
  return el('span', node.key, { class: `uik-badge uik-badge--${propString(node, 'appearance') ?? 'default'}` }, [text(label)]);
}

const tag: ComponentRender = (node, r) =>
  el('span', node.key, { class: `uik-tag uik-tag--${propString(node, 'color') ?? 'standard'}` }, [text(propString(node, 'text') ?? ''), ...r.children(node)]);

function progressBar(node: ForgeDoc): VNode {
  const value = Math.max(0, Math.min(1, Number(node.props['value'] ?? 0)));
  const indeterminate = node.props['isIndeterminate'] === true;
  return el(
    'div',
    node.key,
    {
      class: cx('uik-progress', `uik-progress--${propString(node, 'appearance') ?? 'default'}`),
      role: 'progressbar',
      'aria-valuenow': String(Math.round(value * 100)),
      'aria-label': propString(node, 'ariaLabel'),
    },
    [
      el('div', `${node.key}:bar`, {
        class: cx('uik-progress__bar', indeterminate && 'uik-progress__bar--indeterminate'),
        style: indeterminate ? undefined : `width:${value * 100}%`,
      }),
    ],
  );
}

const spinner: ComponentRender = (node) =>
  el('span', node.key, {
    class: `uik-spinner uik-spinner--${propString(node, 'size') ?? 'medium'}`,
    role: 'status',
    'aria-label': propString(node, 'label') ?? 'Loading',
  });

function tooltip(node: ForgeDoc, r: Renderer): VNode {
  const content = node.props['content'];
  return el('span', node.key, { class: 'uik-tooltip', title: typeof content === 'string' ? content : undefined }, r.children(node));
}

function sectionMessage(node: ForgeDoc, r: Renderer): VNode {
  const title = propString(node, 'title');
  return el('section', node.key, { class: `uik-section-message uik-section-message--${propString(node, 'appearance') ?? 'information'}` }, [
    ...(title ? [el('h4', `${node.key}:title`, { class: 'uik-section-message__title' }, [text(title)])] : []),
    el('div', `${node.key}:body`, { class: 'uik-section-message__body' }, r.children(node)),
  ]);
}

function emptyState(node: ForgeDoc, r: Renderer): VNode {
  return el('div', node.key, { class: 'uik-empty-state' }, [
    el('h4', `${node.key}:header`, { class: 'uik-empty-state__header' }, [text(propString(node, 'header') ?? '')]),
    el('p', `${node.key}:description`, { class: 'uik-empty-state__description' }, [text(propString(node, 'description') ?? '')]),
    ...r.children(node),
  ]);
}

const GLYPHS: Record<string, string> = {
  add: '+',
  check: '✓',
  'check-circle': '✓',
  cross: '×',
  'cross-circle': '×',
  error: '!',
  warning: '⚠',
  info: 'ℹ',
  'chevron-down': '▾',
  'chevron-right': '▸',
  'chevron-left': '◂',
  'chevron-up': '▴',
  'arrow-right': '→',
  'arrow-left': '←',
  trash: '🗑',
  edit: '✎',
  search: '⌕',
  star: '☆',
  'star-filled': '★',
  link: '🔗',
  refresh: '↻',
  more: '•••',
  'editor-more': '•••',
};

function icon(node: ForgeDoc): VNode {
  const glyph = propString(node, 'glyph') ?? propString(node, 'icon') ?? '';
  return el('span', node.key, { class: 'uik-icon', role: 'img', 'aria-label': propString(node, 'label') ?? glyph, title: glyph }, [text(GLYPHS[glyph] ?? '◆')]);
}

const image: ComponentRender = (node) => el('img', node.key, { class: 'uik-image', src: propString(node, 'src'), alt: propString(node, 'alt') ?? '' });
const codeBlock: ComponentRender = (node, r) =>
  el('pre', node.key, { class: 'uik-code-block' }, [el('code', `${node.key}:code`, {}, [text(propString(node, 'text') ?? r.text(node))])]);
const list: ComponentRender = (node, r) => el(propString(node, 'type') === 'ordered' ? 'ol' : 'ul', node.key, { class: 'uik-list' }, r.children(node));
const passThrough: ComponentRender = (node, r) => el('div', node.key, { class: `uik-${node.type.toLowerCase()}` }, r.children(node));

export const layoutComponents: Record<string, ComponentRender> = {
  Root: passThrough,
  ContentWrapper: passThrough,
  Box: box,
  Stack: (node, r) => el('div', node.key, { class: 'uik-stack', style: flexStyle(node, 'column') }, r.children(node)),
  Inline: (node, r) => el('div', node.key, { class: 'uik-inline', style: flexStyle(node, 'row') }, r.children(node)),
  Heading: heading,
  Text: textComponent,
  Strong: inlineTag('strong'),
  Em: inlineTag('em'),
  Strike: inlineTag('s'),
  Code: inlineTag('code'),
  CodeBlock: codeBlock,
  Link: link,
  Lozenge: lozenge,
  Badge: badge,
  Tag: tag,
  TagGroup: (node, r) => el('div', node.key, { class: 'uik-tag-group' }, r.children(node)),
  ProgressBar: progressBar,
  Spinner: spinner,
  Tooltip: tooltip,
  SectionMessage: sectionMessage,
  SectionMessageAction: (node, r) => el('span', node.key, { class: 'uik-section-message__action' }, r.children(node)),
  EmptyState: emptyState,
  Icon: icon,
  Image: image,
  List: list,
  ListItem: (node, r) => el('li', node.key, {}, r.children(node)),
};
