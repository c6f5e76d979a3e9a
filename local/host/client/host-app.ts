import type { SiteSummary } from '../site-types';
import { backlogView, type ViewContext } from './backlog-view';
import { createAppFrame } from './app-frame';
import { clear, h } from './dom';
import { projectPageExtension } from './extension-contexts';
import { showFlag } from './flags';
import { actingUser, hostApi } from './host-api';
import { issueView } from './issue-view';

/** The Jira-like host page: top bar with the acting user, project sidebar, and the routed view. */
const content = h('main', { class: 'content' });
const sidebar = h('nav', { class: 'sidebar' });
const userSelect = h('select', { class: 'user-switch', 'aria-label': 'Acting user' }) as HTMLSelectElement;

function navigate(path: string): void {
  history.pushState({}, '', path);
  void route();
}

function currentProjectKey(site: SiteSummary): string | undefined {
  const fromPath = /^\/(?:projects|browse)\/([A-Z][A-Z0-9_]*)/i.exec(location.pathname)?.[1];
  return fromPath?.toUpperCase() ?? busiestProject(site);
}

/** The landing project: the one with the most issues, as a demo's main project is. */
function busiestProject(site: SiteSummary): string | undefined {
  const count = (key: string) => site.issues.filter((issue) => issue.projectKey === key).length;
  return [...site.projects].sort((a, b) => count(b.key) - count(a.key))[0]?.key;
}

function renderSidebar(site: SiteSummary, projectKey: string | undefined): void {
  clear(sidebar);
  const link = (label: string, path: string) =>
    h(
      'a',
      {
        class: location.pathname === path ? 'sidebar__link sidebar__link--active' : 'sidebar__link',
        href: path,
        onclick: (e: Event) => {
          e.preventDefault();
          navigate(path);
        },
      },
      label,
    );
  const project = site.projects.find((p) => p.key === projectKey);
  sidebar.append(
    h(
      'div',
      { class: 'sidebar__project' },
      h('span', { class: 'project-avatar' }, project?.key.charAt(0) ?? '?'),
      h('strong', {}, project?.name ?? 'No project'),
    ),
  );
  if (project) {
    sidebar.append(link('Backlog', `/projects/${project.key}/backlog`));
    site.modules.filter((m) => m.type === 'jira:projectPage').forEach((m) => sidebar.append(link(m.title, `/projects/${project.key}/apps/${m.key}`)));
  }
  sidebar.append(h('h4', { class: 'sidebar__heading' }, 'Projects'), ...site.projects.map((p) => link(`${p.name} (${p.key})`, `/projects/${p.key}/backlog`)));
}

function renderUsers(site: SiteSummary): void {
  if (!actingUser.get() && site.users[0]) actingUser.set(site.users[0].accountId);
  clear(userSelect);
  site.users.forEach((u) => userSelect.append(h('option', { value: u.accountId, selected: u.accountId === actingUser.get() }, u.displayName)));
}

function view(site: SiteSummary, projectKey: string | undefined): HTMLElement {
  const ctx: ViewContext = { site, navigate, refresh: () => void route() };
  const project = site.projects.find((p) => p.key === projectKey);
  const issueKey = /^\/browse\/([^/]+)/.exec(location.pathname)?.[1];
  if (issueKey) return issueView(decodeURIComponent(issueKey), ctx);
  const appKey = /^\/projects\/[^/]+\/apps\/([^/]+)/.exec(location.pathname)?.[1];
  const module = site.modules.find((m) => m.key === appKey);
  if (module && project) {
    const board = site.boards.find((b) => b.projectKey === project.key);
    return h(
      'div',
      { class: 'page page--app' },
      h('h1', {}, module.title),
      createAppFrame({ module, accountId: actingUser.get(), extension: projectPageExtension(project, board?.id) }),
    );
  }
  if (!project && site.projects.length > 0 && projectKey) {
    // As Jira does: a project you may not browse looks like one that does not exist.
    return h('div', { class: 'page' }, h('h1', {}, 'Project not found'), h('p', {}, `${projectKey} does not exist or you do not have permission to see it.`));
  }
  if (!project) return h('div', { class: 'page' }, h('h1', {}, 'No project'), h('p', {}, 'The acting user cannot browse any project.'));
  return backlogView(project, ctx);
}

async function route(): Promise<void> {
  try {
    const site = await hostApi.site(actingUser.get());
    renderUsers(site);
    const projectKey = currentProjectKey(site);
    renderSidebar(site, projectKey);
    clear(content);
    content.append(view(site, projectKey));
  } catch (error) {
    showFlag({ title: 'The local host failed', description: (error as Error).message, type: 'error' });
  }
}

userSelect.addEventListener('change', () => {
  actingUser.set(userSelect.value);
  void route();
});
window.addEventListener('popstate', () => void route());
document.body.append(
  h(
    'header',
    { class: 'topbar' },
    h('span', { class: 'topbar__logo' }, '◆ Jira'),
    h('span', { class: 'topbar__badge' }, 'local Forge'),
    h('span', { class: 'spacer' }),
    h('label', { class: 'topbar__user' }, 'Acting as ', userSelect),
  ),
  h('div', { class: 'layout' }, sidebar, content),
);
void route();
