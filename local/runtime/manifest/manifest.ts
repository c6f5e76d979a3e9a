import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse } from 'yaml';
import type { EntityDefinition, EntityIndex } from '../kvs/entity-query';

/** Any module entry of manifest.yml: `key` plus the module type's own fields. */
export interface ManifestModule {
  key: string;
  [field: string]: unknown;
}

export interface ManifestResource {
  key: string;
  path: string;
}

/** The parts of manifest.yml the local runtime acts on. */
export interface Manifest {
  /** Folder of manifest.yml: `src/` and resource paths are relative to it. */
  dir: string;
  appId: string;
  modules: Record<string, ManifestModule[]>;
  resources: ManifestResource[];
  entities: EntityDefinition[];
}

interface RawEntity {
  name: string;
  attributes?: Record<string, { type?: string }>;
  indexes?: Array<string | { name: string; range?: string[]; partition?: string[] }>;
}

function toIndex(raw: string | { name: string; range?: string[]; partition?: string[] }): EntityIndex {
  if (typeof raw === 'string') return { name: raw, range: [raw], partition: [] };
  return { name: raw.name, range: raw.range ?? [], partition: raw.partition ?? [] };
}

function toEntity(raw: RawEntity): EntityDefinition {
  return { name: raw.name, attributes: raw.attributes ?? {}, indexes: (raw.indexes ?? []).map(toIndex) };
}

// Forge's app ARI is `ari:cloud:ecosystem::app/<uuid>`; @forge/api wants the bare uuid.
function bareAppId(id: unknown): string {
  const text = typeof id === 'string' ? id : 'ari:cloud:ecosystem::app/00000000-0000-4000-8000-000000000000';
  return text.replace(/^ari:cloud:ecosystem::app\//, '');
}

export function loadManifest(manifestPath: string): Manifest {
  const file = resolve(manifestPath);
  const raw = (parse(readFileSync(file, 'utf8')) ?? {}) as {
    app?: { id?: string; storage?: { entities?: RawEntity[] } };
    modules?: Record<string, ManifestModule[]>;
    resources?: ManifestResource[];
  };
  return {
    dir: dirname(file),
    appId: bareAppId(raw.app?.id),
    modules: raw.modules ?? {},
    resources: raw.resources ?? [],
    entities: (raw.app?.storage?.entities ?? []).map(toEntity),
  };
}

export function modulesOfType(manifest: Manifest, type: string): ManifestModule[] {
  return manifest.modules[type] ?? [];
}

/** The module and its type, searching every module type (keys are unique across a manifest). */
export function findModule(manifest: Manifest, key: string): { type: string; module: ManifestModule } | undefined {
  for (const [type, list] of Object.entries(manifest.modules)) {
    const module = list.find((m) => m.key === key);
    if (module) return { type, module };
  }
  return undefined;
}

export function findResource(manifest: Manifest, key: string): ManifestResource | undefined {
  return manifest.resources.find((r) => r.key === key);
}

export function resolverFunctionKey(module: ManifestModule): string | undefined {
  const resolver = module['resolver'] as { function?: string } | undefined;
  return resolver?.function;
}
