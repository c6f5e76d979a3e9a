import type { IssueTypeName, SiteData, SiteIssue, SiteSprint, StatusCategoryKey } from '../jira-emulator/site-data';

/**
 * A small hand-written site for the local host page and tests. "Shop Platform" (SHOP) is a company-managed
 * software project with a scrum board estimating in "Story point estimate": two closed sprints, one
 * active, one future and a backlog. "Finance Ops" (FIN) is a second project Sam Chen cannot browse.
 * Sprint dates are placed around `today`, so the active sprint is always current; the same `today`
 * gives the same site.
 */

export const DEMO_USERS = {
  alex: { accountId: '712020:0a6c1f3e-5b2d-4c8e-9f10-a1b2c3d4e501', displayName: 'Alex Rivera', emailAddress: 'alex.rivera@example.com' },
  sam: { accountId: '712020:0a6c1f3e-5b2d-4c8e-9f10-a1b2c3d4e502', displayName: 'Sam Chen', emailAddress: 'sam.chen@example.com' },
};

export const DEMO_FIELDS = { storyPoints: 'customfield_10026', storyPointEstimate: 'customfield_10016', sprint: 'customfield_10020' };

const DAY_MS = 24 * 60 * 60 * 1000;
type Status = 'To Do' | 'In Progress' | 'Done';
const CATEGORY: Record<Status, StatusCategoryKey> = { 'To Do': 'new', 'In Progress': 'indeterminate', Done: 'done' };

interface IssueSpec {
  type: IssueTypeName;
  summary: string;
  status: Status;
  epic?: number;
  sprints?: number[];
  points?: number;
  /** Points kept in the classic "Story Points" field, which this board does not use. */
  classicPoints?: number;
  component?: string;
  assignee?: 'alex' | 'sam';
}

/** SHOP issues by number (SHOP-1 is the first entry). Sprint ids: 1, 2 closed; 3 active; 4 future. */
const SHOP_ISSUES: IssueSpec[] = [
  { type: 'Epic', summary: 'Checkout v2', status: 'In Progress', component: 'Checkout', assignee: 'alex' },
  { type: 'Epic', summary: 'Search relevance', status: 'In Progress', component: 'Search', assignee: 'alex' },
  { type: 'Epic', summary: 'Mobile performance', status: 'To Do', component: 'Mobile' },
  { type: 'Story', summary: 'Guest checkout without an account', status: 'Done', epic: 1, sprints: [1], points: 5, component: 'Checkout', assignee: 'alex' },
  { type: 'Story', summary: 'Save cart across devices', status: 'Done', epic: 1, sprints: [1], points: 3, component: 'Checkout', assignee: 'sam' },
  { type: 'Task', summary: 'Index product titles with synonyms', status: 'Done', epic: 2, sprints: [1], points: 3, component: 'Search', assignee: 'sam' },
  { type: 'Bug', summary: 'Search returns discontinued products', status: 'Done', epic: 2, sprints: [1], points: 2, component: 'Search', assignee: 'sam' },
  { type: 'Story', summary: 'Lazy-load product images on mobile', status: 'Done', epic: 3, sprints: [1], points: 5, component: 'Mobile', assignee: 'alex' },
  { type: 'Story', summary: 'Apple Pay at checkout', status: 'Done', epic: 1, sprints: [1, 2], points: 8, component: 'Payments', assignee: 'alex' },
  { type: 'Story', summary: 'Typo-tolerant search', status: 'Done', epic: 2, sprints: [2], points: 5, component: 'Search', assignee: 'sam' },
  { type: 'Task', summary: 'Checkout funnel analytics events', status: 'Done', epic: 1, sprints: [2], points: 2, component: 'Checkout', assignee: 'sam' },
  { type: 'Bug', summary: 'Promo code applied twice', status: 'Done', epic: 1, sprints: [2], points: 1, component: 'Checkout', assignee: 'alex' },
  { type: 'Improvement', summary: 'Cache category pages at the edge', status: 'Done', epic: 3, sprints: [2], points: 3, component: 'Mobile', assignee: 'sam' },
  { type: 'Story', summary: 'Address autocomplete', status: 'In Progress', epic: 1, sprints: [2, 3], points: 5, component: 'Checkout', assignee: 'alex' },
  { type: 'Story', summary: 'Boost best sellers in results', status: 'Done', epic: 2, sprints: [3], points: 3, component: 'Search', assignee: 'sam' },
  { type: 'Task', summary: 'Split checkout bundle', status: 'Done', epic: 3, sprints: [3], points: 2, component: 'Mobile', assignee: 'alex' },
  { type: 'Story', summary: 'One-click reorder', status: 'In Progress', epic: 1, sprints: [3], points: 8, component: 'Checkout', assignee: 'sam' },
  { type: 'Bug', summary: 'Filters reset on back navigation', status: 'To Do', epic: 2, sprints: [3], points: 2, classicPoints: 3, component: 'Search' },
  { type: 'Story', summary: 'Offline product list', status: 'To Do', epic: 3, sprints: [3], points: 5, component: 'Mobile' },
  { type: 'Story', summary: 'Gift cards at checkout', status: 'To Do', epic: 1, sprints: [4], points: 5, component: 'Payments' },
  { type: 'Story', summary: 'Search suggestions as you type', status: 'To Do', epic: 2, sprints: [4], points: 3, component: 'Search' },
  { type: 'Story', summary: 'Reduce app start time below 2 s', status: 'To Do', epic: 3, points: 8, component: 'Mobile' },
  { type: 'Task', summary: 'Evaluate a second payment provider', status: 'To Do', epic: 1, component: 'Payments' },
  { type: 'Bug', summary: 'Wrong currency symbol for CHF', status: 'To Do', classicPoints: 1, component: 'Checkout' },
];

const FIN_ISSUES: IssueSpec[] = [
  { type: 'Epic', summary: 'Quarter close automation', status: 'In Progress', assignee: 'alex' },
  { type: 'Story', summary: 'Reconcile card payouts daily', status: 'In Progress', epic: 1, sprints: [5], points: 5, assignee: 'alex' },
  { type: 'Task', summary: 'Export ledger to the warehouse', status: 'To Do', epic: 1, sprints: [5], points: 3 },
];

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function sprints(today: Date): SiteSprint[] {
  const activeStart = Math.floor(today.getTime() / DAY_MS) * DAY_MS - 5 * DAY_MS + 9 * 60 * 60 * 1000;
  const closed = (id: number, weeksBack: number): SiteSprint => {
    const start = activeStart - weeksBack * 14 * DAY_MS;
    return {
      id,
      boardId: 1,
      name: `SHOP Sprint ${id}`,
      state: 'closed',
      startDate: iso(start),
      endDate: iso(start + 14 * DAY_MS),
      completeDate: iso(start + 14 * DAY_MS + 2 * 60 * 60 * 1000),
    };
  };
  const active = { startDate: iso(activeStart), endDate: iso(activeStart + 14 * DAY_MS) };
  return [
    { ...closed(1, 2), goal: 'Checkout basics' },
    { ...closed(2, 1), goal: 'Payments and typo tolerance' },
    { id: 3, boardId: 1, name: 'SHOP Sprint 3', state: 'active', goal: 'Checkout v2 beta', ...active },
    { id: 4, boardId: 1, name: 'SHOP Sprint 4', state: 'future' },
    { id: 5, boardId: 2, name: 'FIN Sprint 1', state: 'active', ...active },
  ];
}

function buildIssues(projectKey: string, firstId: number, specs: IssueSpec[], createdFrom: number): SiteIssue[] {
  return specs.map((spec, index) => ({
    id: String(firstId + index),
    key: `${projectKey}-${index + 1}`,
    projectKey,
    issueType: spec.type,
    summary: spec.summary,
    status: { name: spec.status, category: CATEGORY[spec.status] },
    ...(spec.epic ? { parentKey: `${projectKey}-${spec.epic}` } : {}),
    sprintIds: spec.sprints ?? [],
    estimates: {
      ...(spec.points !== undefined ? { [DEMO_FIELDS.storyPointEstimate]: spec.points } : {}),
      ...(spec.classicPoints !== undefined ? { [DEMO_FIELDS.storyPoints]: spec.classicPoints } : {}),
    },
    components: spec.component ? [spec.component] : [],
    created: iso(createdFrom + index * 17 * 60 * 60 * 1000),
    ...(spec.assignee ? { assigneeAccountId: DEMO_USERS[spec.assignee].accountId } : {}),
    properties: {},
  }));
}

export function createDemoSite(today: Date): SiteData {
  const siteStart = today.getTime() - 45 * DAY_MS;
  const { alex, sam } = DEMO_USERS;
  return {
    users: [alex, sam],
    projects: [
      { id: '10000', key: 'SHOP', name: 'Shop Platform', style: 'classic', browseAccountIds: 'everyone', editAccountIds: [alex.accountId] },
      { id: '10001', key: 'FIN', name: 'Finance Ops', style: 'next-gen', browseAccountIds: [alex.accountId], editAccountIds: [alex.accountId] },
    ],
    storyPointFields: { storyPoints: DEMO_FIELDS.storyPoints, storyPointEstimate: DEMO_FIELDS.storyPointEstimate },
    sprintFieldId: DEMO_FIELDS.sprint,
    boards: [
      { id: 1, name: 'SHOP board', projectKey: 'SHOP', type: 'scrum', estimationFieldId: DEMO_FIELDS.storyPointEstimate },
      { id: 2, name: 'FIN board', projectKey: 'FIN', type: 'scrum', estimationFieldId: DEMO_FIELDS.storyPointEstimate },
    ],
    sprints: sprints(today),
    issues: [...buildIssues('SHOP', 10001, SHOP_ISSUES, siteStart), ...buildIssues('FIN', 10101, FIN_ISSUES, siteStart)],
  };
}
