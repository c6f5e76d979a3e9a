import { propFn, propString, type ForgeDoc } from './forge-doc';
import type { ComponentRender, Renderer } from './renderer';
import { syntheticEvent } from './synthetic-event';
import { cx, el, text, type EventHandler, type VNode } from './vnode';

function fieldEvents(node: ForgeDoc, r: Renderer, type: string): Record<string, EventHandler> {
  const onChange = propFn(node, 'onChange');
  return {
    input: (event) => r.call(onChange, syntheticEvent(event, { type })),
    blur: (event) => r.call(node.props['onBlur'], syntheticEvent(event, { type })),
    focus: (event) => r.call(node.props['onFocus'], syntheticEvent(event, { type })),
  };
}

function common(node: ForgeDoc, baseClass: string): Record<string, string | undefined> {
  const p = node.props;
  return {
    class: cx(baseClass, p['isInvalid'] === true && 'uik-field--invalid', p['isCompact'] === true && 'uik-field--compact'),
    id: propString(node, 'id'),
    name: propString(node, 'name'),
    placeholder: propString(node, 'placeholder'),
    disabled: p['isDisabled'] === true ? '' : undefined,
    readonly: p['isReadOnly'] === true ? '' : undefined,
    required: p['isRequired'] === true ? '' : undefined,
    maxlength: propString(node, 'maxLength'),
    'aria-invalid': p['isInvalid'] === true ? 'true' : undefined,
  };
}

// Controlled fields (`value` given) are re-synced every render; uncontrolled ones keep user input.
function textfield(node: ForgeDoc, r: Renderer): VNode {
  const type = propString(node, 'type') ?? 'text';
  const controlled = 'value' in node.props;
  return el(
    'input',
    node.key,
    {
      ...common(node, 'uik-textfield'),
      type,
      min: propString(node, 'min'),
      max: propString(node, 'max'),
      value: controlled ? undefined : propString(node, 'defaultValue'),
    },
    [],
    { on: fieldEvents(node, r, type), props: controlled ? { value: propString(node, 'value') ?? '' } : {} },
  );
}

function textArea(node: ForgeDoc, r: Renderer): VNode {
  const controlled = 'value' in node.props;
  const initial = controlled ? [] : [text(propString(node, 'defaultValue') ?? '')];
  return el('textarea', node.key, { ...common(node, 'uik-textarea'), rows: propString(node, 'minimumRows') ?? '3' }, initial, {
    on: fieldEvents(node, r, 'textarea'),
    props: controlled ? { value: propString(node, 'value') ?? '' } : {},
  });
}

function checkable(node: ForgeDoc, r: Renderer, kind: 'checkbox' | 'toggle'): VNode {
  const onChange = propFn(node, 'onChange');
  const controlled = 'isChecked' in node.props;
  const input = el(
    'input',
    `${node.key}:input`,
    {
      type: 'checkbox',
      id: propString(node, 'id'),
      name: propString(node, 'name'),
      value: propString(node, 'value'),
      role: kind === 'toggle' ? 'switch' : undefined,
      checked: !controlled && node.props['defaultChecked'] === true ? '' : undefined,
      disabled: node.props['isDisabled'] === true ? '' : undefined,
    },
    [],
    {
      on: { change: (event) => r.call(onChange, syntheticEvent(event, { type: 'checkbox' })) },
      props: controlled ? { checked: node.props['isChecked'] === true } : {},
    },
  );
  const label = propString(node, 'label');
  return el('label', node.key, { class: `uik-${kind}` }, [input, ...(label ? [el('span', `${node.key}:label`, {}, [text(label)])] : [])]);
}

function radioGroup(node: ForgeDoc, r: Renderer): VNode {
  const options = (Array.isArray(node.props['options']) ? node.props['options'] : []) as Array<{ name?: string; value: string; label: string }>;
  const onChange = propFn(node, 'onChange');
  const controlled = 'value' in node.props;
  return el(
    'div',
    node.key,
    { class: 'uik-radio-group', role: 'radiogroup' },
    options.map((option, i) =>
      el('label', `${node.key}:${i}`, { class: 'uik-radio' }, [
        el(
          'input',
          `${node.key}:${i}:input`,
          {
            type: 'radio',
            name: option.name ?? propString(node, 'name') ?? node.key,
            value: option.value,
            checked: !controlled && node.props['defaultValue'] === option.value ? '' : undefined,
          },
          [],
          {
            on: { change: (event) => r.call(onChange, syntheticEvent(event, { type: 'radio' })) },
            props: controlled ? { checked: node.props['value'] === option.value } : {},
          },
        ),
        el('span', `${node.key}:${i}:label`, {}, [text(option.label)]),
      ]),
    ),
  );
}

function datePicker(node: ForgeDoc, r: Renderer): VNode {
  const onChange = propFn(node, 'onChange');
  const controlled = 'value' in node.props;
  return el('input', node.key, { ...common(node, 'uik-textfield'), type: 'date', value: controlled ? undefined : propString(node, 'defaultValue') }, [], {
    on: { change: (event) => r.call(onChange, (event.target as HTMLInputElement).value) },
    props: controlled ? { value: propString(node, 'value') ?? '' } : {},
  });
}

function form(node: ForgeDoc, r: Renderer): VNode {
  const onSubmit = propFn(node, 'onSubmit');
  return el('form', node.key, { class: 'uik-form', id: propString(node, 'id'), novalidate: '' }, r.children(node), {
    on: {
      submit: (event) => {
        event.preventDefault();
        r.call(onSubmit, syntheticEvent(event));
      },
    },
  });
}

function titled(tag: string, className: string): ComponentRender {
  return (node, r) => {
    const title = propString(node, 'title');
    const description = propString(node, 'description');
    return el(tag, node.key, { class: className }, [
      ...(title ? [el('h3', `${node.key}:title`, { class: `${className}__title` }, [text(title)])] : []),
      ...(description ? [el('p', `${node.key}:description`, { class: `${className}__description` }, [text(description)])] : []),
      ...r.children(node),
    ]);
  };
}

const message =
  (kind: string): ComponentRender =>
  (node, r) =>
    el('div', node.key, { class: `uik-message uik-message--${kind}` }, r.children(node));

export const fieldComponents: Record<string, ComponentRender> = {
  Textfield: textfield,
  TextArea: textArea,
  Checkbox: (node, r) => checkable(node, r, 'checkbox'),
  Toggle: (node, r) => checkable(node, r, 'toggle'),
  RadioGroup: radioGroup,
  DatePicker: datePicker,
  Label: (node, r) => el('label', node.key, { class: 'uik-label', for: propString(node, 'labelFor') }, r.children(node)),
  Form: form,
  FormHeader: titled('div', 'uik-form-header'),
  FormSection: titled('div', 'uik-form-section'),
  FormFooter: (node, r) => el('div', node.key, { class: `uik-form-footer uik-form-footer--${propString(node, 'align') ?? 'end'}` }, r.children(node)),
  HelperMessage: message('helper'),
  ErrorMessage: message('error'),
  ValidMessage: message('valid'),
  RequiredAsterisk: (node) => el('span', node.key, { class: 'uik-required', 'aria-hidden': 'true' }, [text('*')]),
};
