import { findResource, type Manifest, type ManifestModule } from '../runtime/manifest/manifest';
import type { UiModule } from './site-types';

/** Module types the host page can place, in the order Jira shows them. */
export const UI_MODULE_TYPES = ['jira:issuePanel', 'jira:issueContext', 'jira:projectPage', 'jira:sprintAction', 'jira:backlogAction', 'jira:boardAction'];

function label(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value;
  const i18n = (value as { i18n?: string } | undefined)?.i18n;
  return i18n ?? fallback;
}

function toUiModule(type: string, module: ManifestModule): UiModule {
  const ui: UiModule = {
    key: module.key,
    type,
    title: label(module['title'], module.key),
    resourceKey: typeof module['resource'] === 'string' ? module['resource'] : '',
    render: module['render'] === 'native' ? 'native' : 'custom',
  };
  if (module['label'] !== undefined) ui.label = label(module['label'], module.key);
  if (typeof module['viewportSize'] === 'string') ui.viewportSize = module['viewportSize'];
  if (module['status'] !== undefined) ui.status = module['status'] as NonNullable<UiModule['status']>;
  return ui;
}

export function listUiModules(manifest: Manifest): UiModule[] {
  return UI_MODULE_TYPES.flatMap((type) => (manifest.modules[type] ?? []).map((module) => toUiModule(type, module)));
}

export function findUiModule(manifest: Manifest, key: string): UiModule | undefined {
  return listUiModules(manifest).find((module) => module.key === key);
}

/** Absolute path of a module's resource (a .tsx file for UI Kit, a build folder for Custom UI). */
export function resourcePath(manifest: Manifest, resourceKey: string): string | undefined {
  const resource = findResource(manifest, resourceKey);
  return resource ? `${manifest.dir}/${resource.path}` : undefined;
}
