import type { IssueSummary, SiteSummary, SprintSummary, UiModule } from '../site-types';
import { actionMenu } from './action-menu';
import { createAppFrame } from './app-frame';
import { h, statusLozenge, typeIcon } from './dom';
import { backlogActionExtension, sprintActionExtension } from './extension-contexts';
import { showFlag } from './flags';
import { actingUser, hostApi } from './host-api';
import { openModal } from './modal';

export interface ViewContext {
  site: SiteSummary;
  navigate: (path: string) => void;
  refresh: () => void;
}

type Project = SiteSummary['projects'][number];

function issueRow(issue: IssueSummary, ctx: ViewContext): HTMLElement {
  return h(
    'li',
    { class: 'issue-row', 'data-issue-key': issue.key, onclick: () => ctx.navigate(`/browse/${issue.key}`) },
    typeIcon(issue.typeName),
    h('a', { class: 'issue-row__key', href: `/browse/${issue.key}`, onclick: (e: Event) => e.preventDefault() }, issue.key),
    h('span', { class: 'issue-row__summary' }, issue.summary),
    h('span', { class: 'badge', title: 'Story points' }, issue.points === undefined ? '-' : String(issue.points)),
    statusLozenge(issue.status),
  );
}

function openActionModal(module: UiModule, extension: Record<string, unknown>, ctx: ViewContext): void {
  let close = (): void => undefined;
  const frame = createAppFrame({ module, accountId: actingUser.get(), extension, onClose: () => close() });
  close = openModal(module.title, frame, ctx.refresh, module.viewportSize);
}

/** Runs a sprint change in Jira, says how it went, and redraws the backlog. */
async function sprintAction(change: () => Promise<unknown>, doneTitle: string, failedTitle: string, ctx: ViewContext): Promise<void> {
  try {
    await change();
    showFlag({ title: doneTitle, type: 'success' });
  } catch (error) {
    showFlag({ title: failedTitle, description: (error as Error).message, type: 'error' });
  }
  ctx.refresh();
}

function sprintHeader(sprint: SprintSummary, issues: IssueSummary[], project: Project, ctx: ViewContext): HTMLElement {
  const points = issues.reduce((sum, issue) => sum + (issue.points ?? 0), 0);
  const items = ctx.site.modules
    .filter((m) => m.type === 'jira:sprintAction')
    .map((module) => ({ label: module.title, run: () => openActionModal(module, sprintActionExtension(project, sprint.boardId, sprint.id), ctx) }));
  const complete = () =>
    sprintAction(() => hostApi.completeSprint(sprint.id, actingUser.get()), `${sprint.name} completed`, 'Could not complete the sprint', ctx);
  const confirmComplete = (): void => {
    const done = issues.filter((issue) => issue.status.category === 'done').length;
    const open = issues.length - done;
    let close = (): void => undefined;
    const body = h(
      'div',
      { class: 'confirm' },
      h(
        'p',
        {},
        `${done} ${done === 1 ? 'issue is' : 'issues are'} done and ${open} ${open === 1 ? 'is' : 'are'} still open. Open issues go back to the backlog.`,
      ),
      h(
        'div',
        { class: 'confirm__actions' },
        h('button', { class: 'button', onclick: () => close() }, 'Cancel'),
        h('button', { class: 'button button--primary', onclick: () => (close(), void complete()) }, 'Complete sprint'),
      ),
    );
    close = openModal(`Complete ${sprint.name}`, body, () => undefined, 'small');
  };
  const start = () => sprintAction(() => hostApi.startSprint(sprint.id, actingUser.get()), `${sprint.name} started`, 'Could not start the sprint', ctx);
  return h(
    'div',
    { class: 'sprint__header' },
    h('h3', {}, sprint.name),
    h(
      'span',
      { class: 'sprint__meta' },
      `${sprint.startDate?.slice(0, 10) ?? ''} ${sprint.endDate ? `– ${sprint.endDate.slice(0, 10)}` : ''} (${issues.length} issues, ${points} points)`,
    ),
    h('span', { class: `lozenge lozenge--${sprint.state === 'active' ? 'inprogress' : 'default'}` }, sprint.state),
    h('span', { class: 'spacer' }),
    sprint.state === 'active' ? h('button', { class: 'button button--primary', onclick: confirmComplete }, 'Complete sprint') : null,
    sprint.state === 'future' && !ctx.site.sprints.some((other) => other.boardId === sprint.boardId && other.state === 'active')
      ? h('button', { class: 'button', onclick: () => void start() }, 'Start sprint')
      : null,
    actionMenu(`Actions for ${sprint.name}`, items),
  );
}

function section(header: HTMLElement, issues: IssueSummary[], ctx: ViewContext, testId: string): HTMLElement {
  const list = issues.length > 0 ? h('ul', { class: 'issue-list' }, ...issues.map((i) => issueRow(i, ctx))) : h('p', { class: 'empty' }, 'No issues');
  return h('section', { class: 'sprint', 'data-testid': testId }, header, list);
}

/** Jira's backlog: open sprints with their issues, then the backlog, each with app actions. */
export function backlogView(project: Project, ctx: ViewContext): HTMLElement {
  const board = ctx.site.boards.find((b) => b.projectKey === project.key);
  const issues = ctx.site.issues.filter((i) => i.projectKey === project.key && i.typeName !== 'Epic');
  if (!board) return h('div', { class: 'page' }, h('h1', {}, 'Backlog'), h('p', {}, 'This project has no board.'));
  const open = ctx.site.sprints
    .filter((s) => s.boardId === board.id && s.state !== 'closed')
    .sort((a, b) => (a.state === b.state ? a.id - b.id : a.state === 'active' ? -1 : 1));
  const openIds = new Set(open.map((s) => s.id));
  const inSprint = (sprint: SprintSummary) => issues.filter((i) => i.sprintIds.includes(sprint.id));
  // Like Jira's scrum backlog: done work (e.g. finished in closed sprints) is not listed.
  const backlogIssues = issues.filter((i) => !i.sprintIds.some((id) => openIds.has(id)) && i.status.category !== 'done');
  const backlogItems = ctx.site.modules
    .filter((m) => m.type === 'jira:backlogAction')
    .map((module) => ({ label: module.title, run: () => openActionModal(module, backlogActionExtension(project, board.id), ctx) }));
  return h(
    'div',
    { class: 'page' },
    h('h1', {}, 'Backlog'),
    ...open.map((sprint) => section(sprintHeader(sprint, inSprint(sprint), project, ctx), inSprint(sprint), ctx, `sprint-${sprint.id}`)),
    section(
      h(
        'div',
        { class: 'sprint__header' },
        h('h3', {}, 'Backlog'),
        h('span', { class: 'sprint__meta' }, `(${backlogIssues.length} issues)`),
        h('span', { class: 'spacer' }),
        actionMenu('Backlog actions', backlogItems),
      ),
      backlogIssues,
      ctx,
      'backlog',
    ),
  );
}
