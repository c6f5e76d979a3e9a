/** A write the search index has not picked up yet; `value` undefined means the property was deleted. */
interface PendingWrite {
  propertyKey: string;
  value: unknown;
  visibleAtMs: number;
}

interface IndexedIssue {
  properties: Record<string, unknown>;
  pending: PendingWrite[];
}

/**
 * What JQL search sees of issue properties. Jira indexes asynchronously, so with a lag a fresh write
 * stays invisible to search (the previous value is found) until the lag passes or the issue is
 * reconciled. Direct reads never go through this index.
 */
export class SearchIndex {
  private readonly issues = new Map<string, IndexedIssue>();

  constructor(
    private readonly lagMs: number,
    private readonly now: () => Date,
  ) {}

  seed(issueId: string, properties: Record<string, unknown>): void {
    this.issues.set(issueId, { properties: structuredClone(properties), pending: [] });
  }

  recordWrite(issueId: string, propertyKey: string, value: unknown): void {
    const entry = this.entry(issueId);
    const write = { propertyKey, value: structuredClone(value), visibleAtMs: this.now().getTime() + this.lagMs };
    if (this.lagMs <= 0) apply(entry, write);
    else entry.pending.push(write);
  }

  /** Makes every write on these issues visible at once (the `reconcileIssues` search option). */
  reconcile(issueIds: string[]): void {
    issueIds.forEach((issueId) => {
      const entry = this.issues.get(issueId);
      if (!entry) return;
      entry.pending.forEach((write) => apply(entry, write));
      entry.pending = [];
    });
  }

  /** The properties of an issue as search sees them now. */
  propertiesOf(issueId: string): Record<string, unknown> {
    const entry = this.entry(issueId);
    const nowMs = this.now().getTime();
    const due = entry.pending.filter((write) => write.visibleAtMs <= nowMs);
    due.forEach((write) => apply(entry, write));
    entry.pending = entry.pending.filter((write) => write.visibleAtMs > nowMs);
    return entry.properties;
  }

  private entry(issueId: string): IndexedIssue {
    let entry = this.issues.get(issueId);
    if (!entry) {
      entry = { properties: {}, pending: [] };
      this.issues.set(issueId, entry);
    }
    return entry;
  }
}

function apply(entry: IndexedIssue, write: PendingWrite): void {
  if (write.value === undefined) delete entry.properties[write.propertyKey];
  else entry.properties[write.propertyKey] = write.value;
}
