import type { SiteSprint } from './site-data';

export type SprintEventType =
  'avi:jira-software:created:sprint' | 'avi:jira-software:started:sprint' | 'avi:jira-software:updated:sprint' | 'avi:jira-software:closed:sprint';

/** Forge's product event payload for sprints: note the ids are strings, unlike the REST API's numbers. */
export interface SprintEventSprint {
  id: string;
  originBoardId?: string;
  name: string;
  goal?: string;
  state: SiteSprint['state'];
  startDate?: string;
  endDate?: string;
  completeDate?: string;
}

export interface SprintEvent {
  eventType: SprintEventType;
  sprint: SprintEventSprint;
  /** Present on updated events: the sprint before the change. */
  oldValue?: SprintEventSprint;
}

export type SprintEventListener = (event: SprintEvent) => void;

export function sprintEventSprint(sprint: SiteSprint): SprintEventSprint {
  const payload: SprintEventSprint = {
    id: String(sprint.id),
    originBoardId: String(sprint.boardId),
    name: sprint.name,
    state: sprint.state,
  };
  if (sprint.goal !== undefined) payload.goal = sprint.goal;
  if (sprint.startDate) payload.startDate = sprint.startDate;
  if (sprint.endDate) payload.endDate = sprint.endDate;
  if (sprint.completeDate) payload.completeDate = sprint.completeDate;
  return payload;
}
