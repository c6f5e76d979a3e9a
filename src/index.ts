import { createDeps } from './composition-root';
import { createResolver } from './resolvers/create-resolver';
import { createWorkRefreshWorker, handleIssueUpdated, workRefreshQueue } from './triggers/issue-updated';
import { createSprintCloseWorker, handleSprintClosed, sprintCloseQueue } from './triggers/sprint-closed';

/** The handlers named in manifest.yml (`handler: index.<export>`), and nothing else. */
export const resolver = createResolver(() => createDeps('user'));

export const onSprintClosed = (event: unknown) => handleSprintClosed(event, sprintCloseQueue());

export const sprintCloseWorker = createSprintCloseWorker(() => createDeps('app'));

export const onIssueUpdated = (event: unknown) => handleIssueUpdated(event, workRefreshQueue());

export const workRefreshWorker = createWorkRefreshWorker(() => createDeps('app'));
