export { JiraEmulator, type JiraEmulatorOptions } from './jira-emulator';
export type { EmulatorRequest, EmulatorResponse } from './http-types';
export type {
  AccountAccess,
  IssueTypeName,
  SiteBoard,
  SiteData,
  SiteIssue,
  SiteProject,
  SiteSprint,
  SiteUser,
  SprintState,
  StatusCategoryKey,
} from './site-data';
export type { IssueUpdatedEvent, IssueEventListener, ChangelogItem } from './issue-event';
export type { SprintEvent, SprintEventSprint, SprintEventType, SprintEventListener } from './sprint-event';
export { FaultSwitch } from './faults';
export { searchAliasesFromManifest } from './search-aliases';
export { createEmulatorHttpHandler } from './http-handler';
export {
  findOperation,
  validateRequest,
  validateResponse,
  SPEC_EXCEPTIONS,
  RESPONSE_SCHEMA_SUPPLEMENTS,
  type SpecException,
  type SpecRequest,
  type SpecOperation,
} from './openapi-check';
