/**
 * The resolver contract shared by the backend and both UIs: resolver keys, their inputs and the
 * views they return. Types only (plus the key list), so the UIs pull in no backend code.
 */

export type ObjectiveLevel = 'company' | 'department' | 'team' | 'individual';
export type Confidence = 'on-track' | 'at-risk' | 'off-track';
export type MeasureKind = 'metric' | 'issues' | 'storyPoints';
export type StatusCategory = 'new' | 'indeterminate' | 'done';

export interface CycleView {
  label: string;
  startDate: string;
  endDate: string;
}

export interface ProgressView {
  /** Clamped to 0–100 for bars. */
  percent: number;
  /** Unclamped, e.g. 125 or -20: shown next to the bar when it differs. */
  rawPercent: number;
  done: boolean;
}

export interface UserView {
  accountId: string;
  displayName: string;
}

export interface MetricView {
  baseline: number;
  target: number;
  current: number;
  unit: string;
  direction: 'increase' | 'decrease';
}

export interface WorkSummaryView {
  totalIssues: number;
  doneIssues: number;
  totalStoryPoints: number;
  doneStoryPoints: number;
  unestimatedIssues: number;
}

export interface CheckInView {
  id: string;
  atIso: string;
  by: UserView;
  value?: number;
  previousValue?: number;
  confidence: Confidence;
  note: string;
}

export interface SupportingIssueView {
  key: string;
  summary: string;
  statusCategory: StatusCategory;
  storyPoints?: number;
  via: 'direct' | 'epic';
  epicKey?: string;
}

export interface KeyResultView {
  id: string;
  objectiveId: string;
  title: string;
  owner?: UserView;
  weight: number;
  confidence: Confidence;
  kind: MeasureKind;
  metric?: MetricView;
  work?: WorkSummaryView;
  progress: ProgressView;
  checkIns: CheckInView[];
  /** Issues behind an issue-driven key result (project page only; empty elsewhere). */
  issues: SupportingIssueView[];
}

export interface ObjectiveView {
  id: string;
  title: string;
  description: string;
  owner: UserView;
  level: ObjectiveLevel;
  parentObjectiveId?: string;
  cycle: CycleView;
  projectKeys: string[];
  /** Null when the objective has no key results (or only zero weights): shown as "–". */
  progressPercent: number | null;
  keyResults: KeyResultView[];
}

export interface LedgerEntryView {
  sprintId: string;
  sprintName: string;
  completeDateIso: string;
  keyResultId: string;
  objectiveId: string;
  kind: MeasureKind;
  unit: string;
  before: number;
  after: number;
  delta: number;
  progressBeforePercent: number;
  progressAfterPercent: number;
  movedIssues: SupportingIssueView[];
  movedStoryPoints: number;
}

export interface SprintMovementView {
  sprintId: string;
  sprintName: string;
  completeDateIso: string;
  entries: LedgerEntryView[];
}

export interface ProjectPageView {
  projectKey: string;
  canEdit: boolean;
  cycles: CycleView[];
  cycle: CycleView;
  objectives: ObjectiveView[];
  sprints: SprintMovementView[];
  users: UserView[];
  /** Objectives of other projects that may be chosen as parents (company goals, etc.). */
  parentOptions: { id: string; title: string; level: ObjectiveLevel }[];
}

export interface LinkedKeyResultView {
  keyResult: KeyResultView;
  objectiveTitle: string;
  cycleLabel: string;
  via: 'direct' | 'epic';
  epicKey?: string;
}

export interface KeyResultOptionView {
  id: string;
  title: string;
  objectiveTitle: string;
  cycleLabel: string;
}

export interface IssuePanelView {
  issue: { key: string; summary: string; isEpic: boolean; epic?: { key: string; summary: string } };
  linked: LinkedKeyResultView[];
}

/** Loaded when the user starts tagging, so opening the panel stays at two Jira requests. */
export interface IssueLinkOptionsView {
  canEdit: boolean;
  /** Key results of the issue's project (open cycles) that the issue may be tagged with. */
  options: KeyResultOptionView[];
  /** The issue's own links (not those it inherits from its epic). */
  selectedIds: string[];
}

export interface IssueContextView {
  issueKey: string;
  linked: LinkedKeyResultView[];
}

export interface PlannedIssueView {
  key: string;
  summary: string;
  issueType: string;
  statusCategory: StatusCategory;
  storyPoints?: number;
}

export interface PlannerKeyResultView {
  keyResult: KeyResultView;
  objectiveTitle: string;
  issues: (PlannedIssueView & { via: 'direct' | 'epic'; epicKey?: string })[];
  plannedStoryPoints: number;
}

export interface SprintPlannerView {
  scope: { kind: 'sprint'; sprintId: string; sprintName: string; state: string } | { kind: 'backlog' };
  keyResults: PlannerKeyResultView[];
  /** Planned work that supports no key result. */
  unaligned: PlannedIssueView[];
  totals: { issues: number; alignedIssues: number; storyPoints: number; alignedStoryPoints: number; unestimatedIssues: number };
}

export interface CycleInput {
  label: string;
  startDate: string;
  endDate: string;
}

export type MeasureInput = { kind: 'metric'; baseline: number; target: number; current?: number; unit: string } | { kind: 'issues' } | { kind: 'storyPoints' };

export interface ObjectiveInput {
  title: string;
  description?: string;
  level: ObjectiveLevel;
  ownerAccountId?: string;
  parentObjectiveId?: string | null;
  cycle: CycleInput;
  /** Projects the objective belongs to; always includes the project it is edited from (default: only that one). */
  projectKeys?: string[];
}

export interface KeyResultInput {
  objectiveId: string;
  title: string;
  ownerAccountId?: string;
  weight?: number;
  confidence?: Confidence;
  measure: MeasureInput;
}

/** Every resolver: its input and its output. The key is the resolver's function key. */
export interface ResolverContract {
  getProjectPage: { input: { cycleLabel?: string }; output: ProjectPageView };
  createObjective: { input: ObjectiveInput; output: ObjectiveView };
  updateObjective: { input: { objectiveId: string; changes: Partial<ObjectiveInput> }; output: ObjectiveView };
  deleteObjective: { input: { objectiveId: string }; output: { deleted: string } };
  createKeyResult: { input: KeyResultInput; output: KeyResultView };
  updateKeyResult: {
    input: { keyResultId: string; changes: Partial<Omit<KeyResultInput, 'objectiveId' | 'measure'>> & { target?: number; unit?: string } };
    output: KeyResultView;
  };
  deleteKeyResult: { input: { keyResultId: string }; output: { deleted: string } };
  checkIn: { input: { keyResultId: string; value?: number; confidence: Confidence; note?: string }; output: KeyResultView };
  getIssuePanel: { input: Record<string, never>; output: IssuePanelView };
  getIssueLinkOptions: { input: Record<string, never>; output: IssueLinkOptionsView };
  setIssueLinks: { input: { keyResultIds: string[] }; output: IssuePanelView };
  getIssueContext: { input: Record<string, never>; output: IssueContextView };
  getSprintPlanner: { input: Record<string, never>; output: SprintPlannerView };
}

export type ResolverKey = keyof ResolverContract;

export const RESOLVER_KEYS: readonly ResolverKey[] = [
  'getProjectPage',
  'createObjective',
  'updateObjective',
  'deleteObjective',
  'createKeyResult',
  'updateKeyResult',
  'deleteKeyResult',
  'checkIn',
  'getIssuePanel',
  'getIssueLinkOptions',
  'setIssueLinks',
  'getIssueContext',
  'getSprintPlanner',
];

export type ErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'JIRA_UNAVAILABLE' | 'INTERNAL';

/** Every resolver answers with this envelope, so the UIs can show a clear message. */
export type ResolverResult<T> = { ok: true; data: T } | { ok: false; error: { code: ErrorCode; message: string; fieldErrors?: Record<string, string> } };
