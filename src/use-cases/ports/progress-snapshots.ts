/** A key result's last computed work, so cheap surfaces (the issue panel) need not query Jira for it. */
export interface WorkSnapshot {
  keyResultId: string;
  totalIssues: number;
  doneIssues: number;
  totalStoryPoints: number;
  doneStoryPoints: number;
  unestimatedIssues: number;
  /** Linked epics that pass this key result down to their children. */
  epicKeys: string[];
  atIso: string;
}

export interface ProgressSnapshots {
  getMany(keyResultIds: readonly string[]): Promise<Map<string, WorkSnapshot>>;
  /** Stores the snapshots that differ from what is stored (`stored`, when the caller just read it). */
  putMany(snapshots: readonly WorkSnapshot[], stored?: ReadonlyMap<string, WorkSnapshot>): Promise<void>;
}
