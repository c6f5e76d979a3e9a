import { route } from '@forge/api';
import type { JiraClient } from './jira-client';
import { boardConfigurationSchema, boardPageSchema, fieldListSchema, type JiraIssue } from './jira-schemas';

/** Custom field types Jira uses for estimates ("Story point estimate", the classic float "Story Points") and sprints. */
const STORY_POINTS_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';
const FLOAT_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:float';
const SPRINT_TYPE = 'com.pyxis.greenhopper.jira:gh-sprint';

/** What was learned about the site's fields; cached between invocations. */
export interface SiteFieldsConfig {
  storyPointFieldIds: string[];
  sprintFieldId: string | null;
  /** Project key → the estimation field of its board (null: the project has no board with one). */
  projectFields: Record<string, string | null>;
}

export interface SiteFieldsCache {
  load(): Promise<SiteFieldsConfig | undefined>;
  save(config: SiteFieldsConfig): Promise<void>;
}

/**
 * Finds the site's custom fields the app reads, never by a hard-coded id: which field holds story
 * points per board (a site can have both "Story Points" and "Story point estimate", and each
 * board's configuration names the one it uses), and the sprint field.
 */
export class SiteFields {
  private config: SiteFieldsConfig | undefined;

  constructor(
    private readonly client: JiraClient,
    private readonly cache?: SiteFieldsCache,
  ) {}

  async storyPointFieldIds(): Promise<string[]> {
    return (await this.loadConfig()).storyPointFieldIds;
  }

  async sprintFieldId(): Promise<string | undefined> {
    return (await this.loadConfig()).sprintFieldId ?? undefined;
  }

  async fieldForBoard(boardId: string): Promise<string | undefined> {
    const configuration = await this.client.get(route`/rest/agile/1.0/board/${boardId}/configuration`, boardConfigurationSchema);
    return configuration.estimation?.field?.fieldId;
  }

  /** The estimation field of each project's (first) board, looked up once and cached. */
  async fieldsForProjects(projectKeys: readonly string[]): Promise<Map<string, string | undefined>> {
    const config = await this.loadConfig();
    const missing = projectKeys.filter((projectKey) => !(projectKey in config.projectFields));
    for (const projectKey of missing) config.projectFields[projectKey] = (await this.lookUpProjectField(projectKey)) ?? null;
    if (missing.length > 0) await this.cache?.save(config);
    return new Map(projectKeys.map((key) => [key, config.projectFields[key] ?? undefined]));
  }

  private async lookUpProjectField(projectKey: string): Promise<string | undefined> {
    const boards = await this.client.get(route`/rest/agile/1.0/board?projectKeyOrId=${projectKey}&maxResults=1`, boardPageSchema);
    const board = boards.values[0];
    return board === undefined ? undefined : this.fieldForBoard(String(board.id));
  }

  private async loadConfig(): Promise<SiteFieldsConfig> {
    if (this.config !== undefined) return this.config;
    const cached = await this.cache?.load();
    if (cached !== undefined) {
      this.config = cached;
      return cached;
    }
    const fields = await this.client.get(route`/rest/api/3/field`, fieldListSchema);
    const storyPointFieldIds = fields
      .filter((field) => field.schema?.custom === STORY_POINTS_TYPE || (field.schema?.custom === FLOAT_TYPE && /^story points?$/i.test(field.name)))
      .map((field) => field.id);
    const sprintFieldId = fields.find((field) => field.schema?.custom === SPRINT_TYPE)?.id ?? null;
    this.config = { storyPointFieldIds, sprintFieldId, projectFields: {} };
    await this.cache?.save(this.config);
    return this.config;
  }
}

/**
 * The estimate of an issue: its board's field when known; otherwise the first candidate field
 * that holds a number. Null or missing means unestimated.
 */
export function storyPointsOf(issue: JiraIssue, fieldId: string | undefined, candidates: readonly string[]): number | undefined {
  const fields = issue.fields ?? {};
  const ids = fieldId === undefined ? candidates : [fieldId];
  for (const id of ids) {
    const value = fields[id];
    if (typeof value === 'number' && Number.isFinite(value)) return value;
  }
  return undefined;
}
