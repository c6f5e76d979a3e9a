import { propFn, propString, type ForgeDoc } from './forge-doc';
import type { ComponentRender, Renderer } from './renderer';
import { cx, el, text, type VNode } from './vnode';

interface Option {
  label: string;
  value: unknown;
}

function flatOptions(raw: unknown): Option[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) => {
    const group = item as { options?: unknown };
    return Array.isArray(group.options) ? flatOptions(group.options) : [item as Option];
  });
}

function selectedSet(options: Option[], current: unknown): Set<number> | undefined {
  if (current === undefined) return undefined;
  const wanted: unknown[] = Array.isArray(current) ? current : current === null ? [] : [current];
  const values = wanted.map((w) => (typeof w === 'object' && w !== null && 'value' in w ? (w as Option).value : w));
  return new Set(options.flatMap((o, i) => (values.includes(o.value) ? [i] : [])));
}

// The placeholder option has value '' and stands for "nothing selected".
function selectedIndexes(target: HTMLSelectElement): number[] {
  return Array.from(target.selectedOptions)
    .filter((o) => o.value !== '')
    .map((o) => Number(o.value));
}

/**
 * Select as a native `<select>`: option values are indexes so any option value type survives,
 * and `onChange` gets the option object (or an array of them with `isMulti`), as in UI Kit.
 */
function select(node: ForgeDoc, r: Renderer): VNode {
  const options = flatOptions(node.props['options']);
  const multi = node.props['isMulti'] === true;
  const controlled = selectedSet(options, node.props['value']);
  const initial = selectedSet(options, node.props['defaultValue']);
  const onChange = propFn(node, 'onChange');
  const placeholder = multi
    ? []
    : [
        el('option', `${node.key}:placeholder`, { value: '' }, [text(propString(node, 'placeholder') ?? 'Select...')], {
          props: controlled ? { selected: controlled.size === 0 } : {},
        }),
      ];
  const optionNodes = options.map((option, index) =>
    el('option', `${node.key}:opt:${index}`, { value: String(index), selected: initial?.has(index) ? '' : undefined }, [text(option.label)], {
      props: controlled ? { selected: controlled.has(index) } : {},
    }),
  );
  const change = (event: Event): void => {
    const picked = selectedIndexes(event.target as HTMLSelectElement)
      .map((i) => options[i])
      .filter((o): o is Option => o !== undefined);
    r.call(onChange, multi ? picked : (picked[0] ?? null));
  };
  return el(
    'select',
    node.key,
    {
      class: cx('uik-select', node.props['isInvalid'] === true && 'uik-field--invalid'),
      id: propString(node, 'id') ?? propString(node, 'inputId'),
      name: propString(node, 'name'),
      multiple: multi ? '' : undefined,
      disabled: node.props['isDisabled'] === true ? '' : undefined,
    },
    [...placeholder, ...optionNodes],
    { on: { change, blur: () => r.call(node.props['onBlur']), focus: () => r.call(node.props['onFocus']) } },
  );
}

export const selectComponents: Record<string, ComponentRender> = { Select: select };
