/** Time and identity sources, passed in so the domain and use cases stay deterministic in tests. */
export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  next(prefix: string): string;
}
