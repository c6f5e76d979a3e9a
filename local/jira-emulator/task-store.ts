/** Long-running Jira operations (bulk property writes) finish at once here but are still reported as tasks. */
export class TaskStore {
  private readonly tasks = new Map<string, Record<string, unknown>>();
  private nextId = 10000;

  completed(baseUrl: string, description: string, now: Date, result: unknown): string {
    const id = String(this.nextId++);
    const at = now.getTime();
    this.tasks.set(id, {
      self: `${baseUrl}/rest/api/3/task/${id}`,
      id,
      description,
      status: 'COMPLETE',
      result,
      submittedBy: 0,
      progress: 100,
      elapsedRuntime: 0,
      submitted: at,
      started: at,
      finished: at,
      lastUpdate: at,
      message: 'Done',
    });
    return id;
  }

  find(id: string): Record<string, unknown> | undefined {
    return this.tasks.get(id);
  }
}
