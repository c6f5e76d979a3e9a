/**
 * UI Kit handlers never get DOM events: Forge serialises them across its bridge into this shape
 * (`SerialisableEvent` in @atlaskit/forge-react-types), without methods. Mimic it exactly, so an
 * app that calls `event.preventDefault()` fails here as it would on Forge.
 */
export interface SerialisableEvent {
  bubbles: boolean;
  cancelable: boolean;
  defaultPrevented: boolean;
  eventPhase: number;
  isTrusted: boolean;
  target: {
    selectionStart?: number | null;
    selectionEnd?: number | null;
    value?: unknown;
    checked?: boolean;
    name?: string;
    id?: string;
    tagName?: string;
    type?: string;
  };
  timeStamp: number;
  type: string;
}

interface FieldLike {
  value?: string;
  checked?: boolean;
  name?: string;
  id?: string;
  tagName?: string;
  type?: string;
  selectionStart?: number | null;
  selectionEnd?: number | null;
}

// DOM fields keep value/checked as prototype getters, so read them one by one (a spread drops them).
function readField(target: FieldLike, override: Partial<FieldLike>): FieldLike {
  const read = <K extends keyof FieldLike>(name: K): FieldLike[K] => {
    if (name in override) return override[name];
    try {
      return target[name];
    } catch {
      return undefined;
    }
  };
  return {
    value: read('value'),
    checked: read('checked'),
    name: read('name'),
    id: read('id'),
    tagName: read('tagName'),
    type: read('type'),
    selectionStart: read('selectionStart'),
    selectionEnd: read('selectionEnd'),
  };
}

export function syntheticEvent(event: Event | undefined, override: Partial<FieldLike> = {}): SerialisableEvent {
  const field = readField((event?.target ?? {}) as FieldLike, override);
  return {
    bubbles: event?.bubbles ?? false,
    cancelable: event?.cancelable ?? false,
    defaultPrevented: event?.defaultPrevented ?? false,
    eventPhase: event?.eventPhase ?? 0,
    isTrusted: event?.isTrusted ?? false,
    target: {
      selectionStart: field.selectionStart ?? null,
      selectionEnd: field.selectionEnd ?? null,
      value: field.value,
      checked: field.checked ?? false,
      name: field.name ?? '',
      id: field.id ?? '',
      tagName: field.tagName ?? '',
      type: field.type ?? '',
    },
    timeStamp: event?.timeStamp ?? 0,
    type: event?.type ?? 'change',
  };
}
