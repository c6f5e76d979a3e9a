import { readFileSync } from 'node:fs';
import { JiraEmulator, searchAliasesFromManifest, type SiteData, type SprintEvent } from '../../jira-emulator';

/** A product event delivered to triggers (Forge's payload shape: `eventType` plus the entity). */
export type ProductEvent = Record<string, unknown> & { eventType: string };

export interface EmulatorSetup {
  site: SiteData;
  manifestPath: string;
  /** Base of the emulator's `self` URLs: where the host serves it, e.g. http://localhost:4570/jira. */
  baseUrl: string;
  onProductEvent: (event: ProductEvent) => void;
  now?: () => Date;
}

/**
 * Builds the in-process Jira emulator with the app's JQL search aliases, and forwards every
 * sprint event it raises (a REST change, like Jira) to the app's triggers.
 */
export function createEmulator(setup: EmulatorSetup): JiraEmulator {
  const searchAliases = searchAliasesFromManifest(readFileSync(setup.manifestPath, 'utf8'));
  const emulator = new JiraEmulator(setup.site, { searchAliases, baseUrl: setup.baseUrl, ...(setup.now ? { now: setup.now } : {}) });
  emulator.onSprintEvent((event: SprintEvent) => setup.onProductEvent({ ...event }));
  emulator.onIssueEvent((event) => setup.onProductEvent({ ...event }));
  return emulator;
}
