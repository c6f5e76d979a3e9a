import type { SiteIssue } from './site-data';

/** Forge's `avi:jira:updated:issue` payload, as far as the emulator raises it (status transitions). */
export interface IssueUpdatedEvent {
  eventType: 'avi:jira:updated:issue';
  atlassianId?: string;
  issue: {
    id: string;
    key: string;
    fields: { summary: string; issuetype: { name: string }; status: { name: string; statusCategory: { key: string } }; project: { key: string } };
  };
  changelog: { id: string; items: ChangelogItem[] };
}

export interface ChangelogItem {
  field: string;
  fieldtype: string;
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export type IssueEventListener = (event: IssueUpdatedEvent) => void;

/** The event Jira raises when an issue moves from one status to another. */
export function statusChangedEvent(issue: SiteIssue, fromStatus: string, accountId: string | undefined, changelogId: string): IssueUpdatedEvent {
  return {
    eventType: 'avi:jira:updated:issue',
    ...(accountId ? { atlassianId: accountId } : {}),
    issue: {
      id: issue.id,
      key: issue.key,
      fields: {
        summary: issue.summary,
        issuetype: { name: issue.issueType },
        status: { name: issue.status.name, statusCategory: { key: issue.status.category } },
        project: { key: issue.projectKey },
      },
    },
    changelog: {
      id: changelogId,
      items: [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: null, fromString: fromStatus, to: null, toString: issue.status.name }],
    },
  };
}
