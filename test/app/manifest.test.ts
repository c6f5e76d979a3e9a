import { ProductTriggerValidationProcessor, validate } from '@forge/manifest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import * as app from '../../src/index';
import { KEY_RESULT_ALIAS, OBJECTIVE_ALIAS, OKR_PROPERTY_KEY } from '../../src/shared/issue-property';
import { WORK_REFRESH_METHOD, WORK_REFRESH_QUEUE } from '../../src/triggers/issue-updated';
import { SPRINT_CLOSE_METHOD, SPRINT_CLOSE_QUEUE } from '../../src/triggers/sprint-closed';

const manifestPath = resolve(__dirname, '../../manifest.yml');

interface Manifest {
  modules: {
    function: { key: string; handler: string; timeoutSeconds?: number }[];
    trigger: { key: string; function: string; events: string[] }[];
    consumer: { key: string; queue: string; resolver: { function: string; method: string } }[];
    'jira:entityProperty': { propertyKey: string; values: { path: string; searchAlias?: string }[] }[];
  };
  app: { runtime: { name: string } };
  permissions: { scopes: string[] };
}

const manifest = parse(readFileSync(manifestPath, 'utf8')) as Manifest;

describe('manifest.yml', () => {
  it('passes @forge/manifest validation (schema, modules, resources)', async () => {
    const result = await validate(false, manifestPath);
    expect(result.errors ?? []).toEqual([]);
  });

  it('declares the scopes its product triggers need', async () => {
    const result = await new ProductTriggerValidationProcessor().process(manifestPath);
    expect(result.errors ?? []).toEqual([]);
  });

  // The two rules @forge/manifest does not check.
  it('gives no trigger function a timeoutSeconds (Forge refuses it at deploy)', () => {
    const triggerFunctions = new Set(manifest.modules.trigger.map((trigger) => trigger.function));
    const offending = manifest.modules.function.filter((fn) => triggerFunctions.has(fn.key) && fn.timeoutSeconds !== undefined);
    expect(offending).toEqual([]);
  });

  it('has no dot in any search alias (JQL cannot address it)', () => {
    const aliases = manifest.modules['jira:entityProperty'].flatMap((property) => property.values.map((value) => value.searchAlias ?? ''));
    expect(aliases.filter((alias) => alias.includes('.'))).toEqual([]);
  });

  it('indexes the link property’s key-result and objective ids under the aliases the code queries', () => {
    expect(manifest.modules['jira:entityProperty']).toEqual([
      expect.objectContaining({
        propertyKey: OKR_PROPERTY_KEY,
        values: [
          { path: 'krIds', type: 'string', searchAlias: KEY_RESULT_ALIAS },
          { path: 'objectiveIds', type: 'string', searchAlias: OBJECTIVE_ALIAS },
        ],
      }),
    ]);
  });

  it('points every function at an export of src/index.ts', () => {
    const exported = Object.keys(app);
    for (const fn of manifest.modules.function) {
      const [file, name] = fn.handler.split('.');
      expect([file, exported.includes(name ?? '')]).toEqual(['index', true]);
    }
  });

  it('queues sprint closes and issue changes to the consumers the code pushes to, on nodejs22.x', () => {
    expect(manifest.modules.consumer).toEqual([
      { key: 'sprint-close-consumer', queue: SPRINT_CLOSE_QUEUE, resolver: { function: 'sprint-close-worker', method: SPRINT_CLOSE_METHOD } },
      { key: 'work-refresh-consumer', queue: WORK_REFRESH_QUEUE, resolver: { function: 'work-refresh-worker', method: WORK_REFRESH_METHOD } },
    ]);
    expect(manifest.modules.trigger.map((trigger) => trigger.events)).toEqual([['avi:jira-software:closed:sprint'], ['avi:jira:updated:issue']]);
    expect(manifest.app.runtime.name).toBe('nodejs22.x');
  });

  it('declares the scopes FORGE-NOTES asks for from day one', () => {
    expect(manifest.permissions.scopes).toEqual(
      expect.arrayContaining(['read:jira-work', 'write:jira-work', 'storage:app', 'read:sprint:jira-software', 'read:board-scope:jira-software']),
    );
  });
});
