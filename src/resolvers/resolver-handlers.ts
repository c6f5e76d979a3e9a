import type { ResolverContract, ResolverKey } from '../shared/contract';
import type { AppDeps } from '../use-cases/app-deps';
import { checkInKeyResult } from '../use-cases/check-in-key-result';
import { createKeyResult } from '../use-cases/create-key-result';
import { createObjective } from '../use-cases/create-objective';
import { deleteKeyResult } from '../use-cases/delete-key-result';
import { deleteObjective } from '../use-cases/delete-objective';
import { getIssueLinkOptions } from '../use-cases/get-issue-link-options';
import { getIssuePanel } from '../use-cases/get-issue-panel';
import { getProjectPage } from '../use-cases/get-project-page';
import { getSprintPlanner } from '../use-cases/get-sprint-planner';
import { setIssueLinks } from '../use-cases/set-issue-links';
import { updateKeyResult } from '../use-cases/update-key-result';
import { updateObjective } from '../use-cases/update-objective';
import { boardIdOf, issueKeyOf, projectKeyOf, type ResolverContext } from './resolver-context';

type Handler<K extends ResolverKey> = (deps: AppDeps, context: ResolverContext, input: ResolverContract[K]['input']) => Promise<ResolverContract[K]['output']>;

/** Each resolver key translated into one use-case call; project, issue and board come from the context. */
export const resolverHandlers: { [K in ResolverKey]: Handler<K> } = {
  getProjectPage: (deps, context, input) =>
    getProjectPage(deps, context, { projectKey: projectKeyOf(context), ...(input.cycleLabel ? { cycleLabel: input.cycleLabel } : {}) }),
  createObjective: (deps, context, input) => createObjective(deps, context, projectKeyOf(context), input),
  updateObjective: (deps, context, input) => updateObjective(deps, projectKeyOf(context), input.objectiveId, input.changes),
  deleteObjective: (deps, context, input) => deleteObjective(deps, projectKeyOf(context), input.objectiveId),
  createKeyResult: (deps, context, input) => createKeyResult(deps, context, projectKeyOf(context), input),
  updateKeyResult: (deps, context, input) => updateKeyResult(deps, projectKeyOf(context), input.keyResultId, input.changes),
  deleteKeyResult: (deps, context, input) => deleteKeyResult(deps, projectKeyOf(context), input.keyResultId),
  checkIn: (deps, context, input) =>
    checkInKeyResult(deps, context, projectKeyOf(context), input.keyResultId, {
      confidence: input.confidence,
      note: input.note?.trim() ?? '',
      ...(input.value === undefined ? {} : { value: input.value }),
    }),
  getIssuePanel: (deps, context) => getIssuePanel(deps, issueKeyOf(context)),
  getIssueLinkOptions: (deps, context) => getIssueLinkOptions(deps, issueKeyOf(context)),
  setIssueLinks: (deps, context, input) => setIssueLinks(deps, issueKeyOf(context), input.keyResultIds),
  getIssueContext: async (deps, context) => {
    const panel = await getIssuePanel(deps, issueKeyOf(context));
    return { issueKey: panel.issue.key, linked: panel.linked };
  },
  getSprintPlanner: (deps, context) => {
    const boardId = boardIdOf(context);
    const sprintId = context.extension.sprint?.id;
    return getSprintPlanner(deps, projectKeyOf(context), sprintId ? { kind: 'sprint', sprintId, boardId } : { kind: 'backlog', boardId });
  },
};
