import { buttonComponents } from './button-components';
import { containerComponents } from './container-components';
import { fieldComponents } from './field-components';
import { layoutComponents } from './layout-components';
import { Renderer, type ComponentRender } from './renderer';
import { selectComponents } from './select-component';

/** Every UI Kit component type the local renderer draws; others show as outlined unknowns. */
export const UI_KIT_COMPONENTS: Record<string, ComponentRender> = {
  ...layoutComponents,
  ...buttonComponents,
  ...fieldComponents,
  ...selectComponents,
  ...containerComponents,
};

export function createUiKitRenderer(onHandlerError?: (error: unknown) => void, requestRepaint?: () => void): Renderer {
  return new Renderer(UI_KIT_COMPONENTS, onHandlerError, requestRepaint);
}
