import type { Clock, IdGenerator } from './ports/clock';
import type { JiraWork } from './ports/jira-work';
import type { LedgerRepository } from './ports/ledger-repository';
import type { OkrRepository } from './ports/okr-repository';
import type { ProgressSnapshots } from './ports/progress-snapshots';

/** The ports the use cases work through; the composition root wires the real ones. */
export interface AppDeps {
  okrs: OkrRepository;
  ledger: LedgerRepository;
  snapshots: ProgressSnapshots;
  /** Jira as the acting user (resolvers) or as the app (events). */
  jira: JiraWork;
  clock: Clock;
  ids: IdGenerator;
}

/** Who is asking, and from which project or issue; taken from the Forge context, never the payload. */
export interface Caller {
  accountId: string;
}
