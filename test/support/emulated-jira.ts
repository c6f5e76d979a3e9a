import api from '@forge/api';
import { kvs } from '@forge/kvs';
import { readFileSync } from 'node:fs';
import { JiraClient } from '../../src/adapters/jira/jira-client';
import { JiraWorkAdapter } from '../../src/adapters/jira/jira-work-adapter';
import { KvsRecentLinkWrites } from '../../src/adapters/storage/kvs-recent-link-writes';
import { JiraEmulator, searchAliasesFromManifest, type SiteData, type SiteIssue } from '../../local/jira-emulator';
import { EmulatorTransport } from '../../local/runtime/jira/emulator-transport';
import { newScope, runInScope } from '../../local/runtime/invocation-scope';
import { createLocalForge } from '../../local/runtime/local-forge';
import { MANIFEST_PATH } from './local-storage';

/**
 * The real adapters over the real @forge/api and @forge/kvs, served by the local runtime with the
 * Jira emulator in process. `asApp` unless a test runs inside an invocation scope.
 */
export function emulatedJira(site: SiteData, options: { consistencyLagMs?: number } = {}) {
  const emulator = new JiraEmulator(site, {
    searchAliases: searchAliasesFromManifest(readFileSync(MANIFEST_PATH, 'utf8')),
    ...(options.consistencyLagMs ? { consistencyLagMs: options.consistencyLagMs } : {}),
  });
  const forge = createLocalForge({ manifestPath: MANIFEST_PATH, storageFile: ':memory:', jira: new EmulatorTransport(emulator), logError: () => undefined });
  const client = new JiraClient((route, init) => api.asApp().requestJira(route, init), { sleep: async () => undefined });
  const adapter = new JiraWorkAdapter(client, new KvsRecentLinkWrites(kvs, Date.now));
  const userClient = new JiraClient((route, init) => api.asUser().requestJira(route, init), { sleep: async () => undefined });
  const userAdapter = new JiraWorkAdapter(userClient, new KvsRecentLinkWrites(kvs, Date.now));
  /** Runs `work` as the user would see Jira: inside an invocation by that user. */
  const asUser = <T>(accountId: string, work: (adapter: JiraWorkAdapter) => Promise<T>) =>
    runInScope(newScope({ accountId, moduleKey: 'test', functionKey: 'test', timeoutSeconds: 25 }), () => work(userAdapter));
  return { emulator, forge, client, adapter, asUser };
}

let nextId = 20000;

/** A minimal site: the given projects (each with one scrum board using the given estimation field). */
export function siteWith(
  projects: { key: string; style?: 'classic' | 'next-gen'; estimationFieldId: string; browse?: string[] }[],
  issues: Partial<SiteIssue>[],
): SiteData {
  return {
    users: [{ accountId: 'user-alex', displayName: 'Alex Rivera', emailAddress: 'alex@example.com' }],
    projects: projects.map((project, i) => ({
      id: String(10000 + i),
      key: project.key,
      name: project.key,
      style: project.style ?? 'classic',
      browseAccountIds: project.browse ?? 'everyone',
      editAccountIds: 'everyone',
    })),
    storyPointFields: { storyPoints: 'customfield_10026', storyPointEstimate: 'customfield_10016' },
    sprintFieldId: 'customfield_10020',
    boards: projects.map((project, i) => ({
      id: i + 1,
      name: `${project.key} board`,
      projectKey: project.key,
      type: 'scrum',
      estimationFieldId: project.estimationFieldId,
    })),
    sprints: [],
    issues: issues.map((issue) => ({
      id: String(nextId++),
      key: 'X-1',
      projectKey: (issue.key ?? 'X-1').split('-')[0] ?? 'X',
      issueType: 'Story',
      summary: `Summary of ${issue.key ?? ''}`,
      status: { name: 'To Do', category: 'new' },
      sprintIds: [],
      estimates: {},
      components: [],
      created: '2026-10-01T09:00:00.000+0000',
      properties: {},
      ...issue,
    })),
  };
}

export const done = { name: 'Done', category: 'done' as const };
export const links = (...krIds: string[]) => ({ 'okr-links': { v: 1, krIds, objectiveIds: ['obj-1'] } });
