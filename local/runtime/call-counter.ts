/** Counts calls by name so the bench and tests can read, compare and reset them. */
export class CallCounter {
  total = 0;
  readonly byName = new Map<string, number>();

  record(name: string): void {
    this.total += 1;
    this.byName.set(name, (this.byName.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.byName.clear();
  }

  snapshot(): { total: number; byName: Record<string, number> } {
    return { total: this.total, byName: Object.fromEntries(this.byName) };
  }
}

/** Requests made by one finished invocation (one resolver call, trigger or queue event). */
export interface InvocationStats {
  invocationId: string;
  moduleKey: string;
  functionKey: string;
  jiraRequests: number;
  kvsRequests: number;
}

/** Jira calls in total plus the per-invocation log, kept for the bench. */
export class JiraStats extends CallCounter {
  readonly invocations: InvocationStats[] = [];

  override reset(): void {
    super.reset();
    this.invocations.length = 0;
  }
}
