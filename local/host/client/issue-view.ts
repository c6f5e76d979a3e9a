import type { IssueDetail, UiModule } from '../site-types';
import type { ViewContext } from './backlog-view';
import { createAppFrame } from './app-frame';
import { clear, h, lozenge, statusLozenge, typeIcon } from './dom';
import { issueExtension } from './extension-contexts';
import { showFlag } from './flags';
import { actingUser, hostApi } from './host-api';

function transitionSelect(issue: IssueDetail, rerender: (issue: IssueDetail) => void): HTMLElement {
  const select = h(
    'select',
    { class: 'status-select', 'aria-label': 'Change status' },
    h('option', { value: '', selected: true }, issue.status.name),
    ...issue.transitions.filter((t) => t.to !== issue.status.name).map((t) => h('option', { value: t.id }, `→ ${t.to}`)),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => {
    if (select.value === '') return;
    hostApi.transition(issue.key, select.value, actingUser.get()).then(rerender, (error: Error) => {
      showFlag({ title: 'Transition failed', description: error.message, type: 'error' });
      rerender(issue);
    });
  });
  return select;
}

function issuePanel(module: UiModule, issue: IssueDetail): HTMLElement {
  return h(
    'section',
    { class: 'issue-panel', 'data-module-key': module.key },
    h('h3', { class: 'issue-panel__title' }, module.title),
    createAppFrame({ module, accountId: actingUser.get(), extension: issueExtension('jira:issuePanel', issue) }),
  );
}

// jira:issueContext shows its title (or label) and status lozenge in the collapsed header, like Jira.
function contextPanel(module: UiModule, issue: IssueDetail): HTMLElement {
  const status = module.status?.value;
  return h(
    'details',
    { class: 'context-panel', open: true, 'data-module-key': module.key },
    h('summary', {}, h('span', {}, module.label ?? module.title), status?.label ? lozenge(status.label, status.type ?? 'default') : null),
    createAppFrame({ module, accountId: actingUser.get(), extension: issueExtension('jira:issueContext', issue) }),
  );
}

function render(root: HTMLElement, issue: IssueDetail, ctx: ViewContext): void {
  const modules = ctx.site.modules;
  const rerender = (next: IssueDetail): void => render(root, next, ctx);
  clear(root);
  root.append(
    h(
      'div',
      { class: 'issue-view' },
      h(
        'div',
        { class: 'issue-view__main' },
        h(
          'nav',
          { class: 'breadcrumbs' },
          h(
            'a',
            {
              href: `/projects/${issue.project.key}/backlog`,
              onclick: (e: Event) => {
                e.preventDefault();
                ctx.navigate(`/projects/${issue.project.key}/backlog`);
              },
            },
            issue.project.key,
          ),
          ' / ',
          typeIcon(issue.typeName),
          ` ${issue.key}`,
        ),
        h('h1', { class: 'issue-view__summary' }, issue.summary),
        ...modules.filter((m) => m.type === 'jira:issuePanel').map((m) => issuePanel(m, issue)),
      ),
      h(
        'aside',
        { class: 'issue-view__side' },
        h('div', { class: 'issue-view__status' }, transitionSelect(issue, rerender), statusLozenge(issue.status)),
        h(
          'div',
          { class: 'details' },
          h('h4', {}, 'Details'),
          h('dl', {}, ...Object.entries(issue.fields).flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)])),
        ),
        ...modules.filter((m) => m.type === 'jira:issueContext').map((m) => contextPanel(m, issue)),
      ),
    ),
  );
}

/** Jira's issue view: summary, status transitions, details and the app's issue panels. */
export function issueView(key: string, ctx: ViewContext): HTMLElement {
  const root = h('div', { class: 'page' }, h('p', { class: 'loading' }, `Loading ${key}...`));
  hostApi.issue(key, actingUser.get()).then(
    (issue) => render(root, issue, ctx),
    (error: Error) => {
      clear(root);
      root.append(h('h1', {}, key), h('p', { class: 'error' }, error.message));
    },
  );
  return root;
}
