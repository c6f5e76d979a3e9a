import type { IssueTypeName, StatusCategoryKey } from './site-data';

/** Fixed Jira Cloud vocabulary the emulator serves: status categories, issue types, transitions, permissions. */

export interface StatusCategoryInfo {
  id: number;
  key: string;
  colorName: string;
  name: string;
}

/** As in statuscategories.json (Jira's own ids: done is 3, In Progress is 4). */
export const STATUS_CATEGORIES: StatusCategoryInfo[] = [
  { id: 1, key: 'undefined', colorName: 'medium-gray', name: 'No Category' },
  { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  { id: 3, key: 'done', colorName: 'green', name: 'Done' },
];

export function statusCategoryInfo(key: StatusCategoryKey): StatusCategoryInfo {
  const found = STATUS_CATEGORIES.find((category) => category.key === key);
  if (!found) throw new Error(`unknown status category ${key}`);
  return found;
}

/** Ids of the default workflow's statuses on a new Jira Cloud site; other names get ids from 10002 on. */
export const DEFAULT_STATUS_IDS: Record<string, string> = { 'To Do': '10000', 'In Progress': '3', Done: '10001' };

export interface IssueTypeInfo {
  id: string;
  description: string;
  avatarId: number;
  hierarchyLevel: number;
}

export const ISSUE_TYPES: Record<IssueTypeName, IssueTypeInfo> = {
  Epic: { id: '10000', description: 'A big user story that needs to be broken down.', avatarId: 10307, hierarchyLevel: 1 },
  Task: { id: '10001', description: 'A small, distinct piece of work.', avatarId: 10318, hierarchyLevel: 0 },
  Story: { id: '10002', description: 'Functionality or a feature expressed as a user goal.', avatarId: 10315, hierarchyLevel: 0 },
  Bug: { id: '10003', description: 'A problem or error.', avatarId: 10303, hierarchyLevel: 0 },
  Improvement: { id: '10004', description: 'An improvement or enhancement to an existing feature.', avatarId: 10310, hierarchyLevel: 0 },
};

export const ISSUE_TYPE_NAMES = Object.keys(ISSUE_TYPES) as IssueTypeName[];

export interface TransitionInfo {
  id: string;
  name: string;
  statusName: string;
  category: StatusCategoryKey;
}

/** The three global transitions of the simplified workflow. */
export const TRANSITIONS: TransitionInfo[] = [
  { id: '11', name: 'To Do', statusName: 'To Do', category: 'new' },
  { id: '21', name: 'In Progress', statusName: 'In Progress', category: 'indeterminate' },
  { id: '31', name: 'Done', statusName: 'Done', category: 'done' },
];

export type PermissionNeed = 'browse' | 'edit';

export interface PermissionInfo {
  id: string;
  name: string;
  description: string;
  needs: PermissionNeed;
}

/** Project permissions the emulator can answer for; each maps to the browse or edit grant of a project. */
export const PROJECT_PERMISSIONS: Record<string, PermissionInfo> = {
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', description: 'Ability to browse projects and the issues within them.', needs: 'browse' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', description: 'Ability to create issues.', needs: 'edit' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', description: 'Ability to edit issues.', needs: 'edit' },
  SCHEDULE_ISSUES: { id: '28', name: 'Schedule Issues', description: "Ability to view or edit an issue's due date.", needs: 'edit' },
  TRANSITION_ISSUES: { id: '46', name: 'Transition Issues', description: 'Ability to transition issues.', needs: 'edit' },
  MANAGE_SPRINTS_PERMISSION: { id: '-1', name: 'Manage sprints', description: 'Ability to manage sprints.', needs: 'edit' },
};

/** The account the app acts as when a request carries no user (asApp). */
export const APP_ACCOUNT = { accountId: '557058:okrs-for-jira-app', displayName: 'OKRs for Jira' };
