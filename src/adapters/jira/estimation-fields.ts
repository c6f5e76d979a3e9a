import { route } from '@forge/api';
import type { JiraClient } from './jira-client';
import { boardConfigurationSchema, boardPageSchema, fieldListSchema, type JiraIssue } from './jira-schemas';

/** Custom field types Jira uses for estimates: "Story point estimate" and the classic float "Story Points". */
const STORY_POINTS_TYPE = 'com.pyxis.greenhopper.jira:jsw-story-points';
const FLOAT_TYPE = 'com.atlassian.jira.plugin.system.customfieldtypes:float';

/** What was learned about the site's estimation fields; cached between invocations. */
export interface EstimationConfig {
  candidateFieldIds: string[];
  /** Project key → the estimation field of its board (null: the project has no board with one). */
  projectFields: Record<string, string | null>;
}

export interface EstimationConfigCache {
  load(): Promise<EstimationConfig | undefined>;
  save(config: EstimationConfig): Promise<void>;
}

/**
 * Finds which field holds story points, per board, never by a hard-coded id: a site can have both
 * "Story Points" and "Story point estimate", and each board's configuration names the one it uses.
 */
export class EstimationFields {
  private config: EstimationConfig | undefined;
  private dirty = false;

  constructor(
    private readonly client: JiraClient,
    private readonly cache?: EstimationConfigCache,
  ) {}

  async candidateFieldIds(): Promise<string[]> {
    return (await this.loadConfig()).candidateFieldIds;
  }

  async fieldForBoard(boardId: string): Promise<string | undefined> {
    const configuration = await this.client.get(route`/rest/agile/1.0/board/${boardId}/configuration`, boardConfigurationSchema);
    return configuration.estimation?.field?.fieldId;
  }

  /** The estimation field of each project's (first) board, looked up once and cached. */
  async fieldsForProjects(projectKeys: readonly string[]): Promise<Map<string, string | undefined>> {
    const config = await this.loadConfig();
    for (const projectKey of projectKeys) {
      if (projectKey in config.projectFields) continue;
      config.projectFields[projectKey] = (await this.lookUpProjectField(projectKey)) ?? null;
      this.dirty = true;
    }
    if (this.dirty) await this.cache?.save(config);
    this.dirty = false;
    return new Map(projectKeys.map((key) => [key, config.projectFields[key] ?? undefined]));
  }

  private async lookUpProjectField(projectKey: string): Promise<string | undefined> {
    const boards = await this.client.get(route`/rest/agile/1.0/board?projectKeyOrId=${projectKey}&maxResults=1`, boardPageSchema);
    const board = boards.values[0];
    return board === undefined ? undefined : this.fieldForBoard(String(board.id));
  }

  private async loadConfig(): Promise<EstimationConfig> {
    if (this.config !== undefined) return this.config;
    const cached = await this.cache?.load();
    if (cached !== undefined) {
      this.config = cached;
      return cached;
    }
    const fields = await this.client.get(route`/rest/api/3/field`, fieldListSchema);
    const candidateFieldIds = fields
      .filter((field) => field.schema?.custom === STORY_POINTS_TYPE || (field.schema?.custom === FLOAT_TYPE && /^story points?$/i.test(field.name)))
      .map((field) => field.id);
    this.config = { candidateFieldIds, projectFields: {} };
    this.dirty = true;
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
