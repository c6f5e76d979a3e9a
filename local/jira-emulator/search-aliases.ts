import { parse } from 'yaml';

interface EntityPropertyValue {
  path?: unknown;
  searchAlias?: unknown;
}

interface EntityPropertyModule {
  entityType?: unknown;
  propertyKey?: unknown;
  values?: unknown;
}

/**
 * Reads the app's `jira:entityProperty` modules and returns searchAlias -> 'propertyKey.path', so the
 * emulator's JQL accepts the same aliases the deployed app declares. Non-issue entity types are skipped.
 */
export function searchAliasesFromManifest(manifestYamlText: string): Record<string, string> {
  const manifest = parse(manifestYamlText) as { modules?: Record<string, unknown> } | null;
  const modules = manifest?.modules?.['jira:entityProperty'];
  if (!Array.isArray(modules)) return {};
  const aliases: Record<string, string> = {};
  (modules as EntityPropertyModule[]).forEach((module) => {
    const isIssue = module.entityType === undefined || module.entityType === 'issue';
    if (!isIssue || typeof module.propertyKey !== 'string' || !Array.isArray(module.values)) return;
    (module.values as EntityPropertyValue[]).forEach((value) => {
      if (typeof value.searchAlias === 'string' && typeof value.path === 'string') {
        aliases[value.searchAlias] = `${String(module.propertyKey)}.${value.path}`;
      }
    });
  });
  return aliases;
}
