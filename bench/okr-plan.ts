import { cycleContaining } from '../src/domain/cycle';
import type { KeyResult, Measure } from '../src/domain/key-result';
import type { Objective, ObjectiveLevel } from '../src/domain/objective';
import { OKR_PROPERTY_KEY, type OkrLinksV1 } from '../src/shared/issue-property';
import type { SiteIssue } from '../local/jira-emulator';
import type { Prng } from './prng';

/** Objectives and key results as the app stores them. */
export interface OkrSet {
  objectives: Objective[];
  keyResults: KeyResult[];
}

/** How densely issues link to key results; a guess at a team that uses the app seriously. */
export const LINK_DENSITY = {
  /** Share of epics that carry links (to 1–2 key results). */
  epicLinked: 0.3,
  /** Share of non-epics linked directly (to one key result). */
  storyLinked: 0.1,
};

const KEY_RESULTS_PER_OBJECTIVE = 4;
const LEVELS: ObjectiveLevel[] = ['company', 'department', 'team', 'team', 'individual'];

/**
 * `count` key results under objectives of ~4 each, all in the project and in the cycle of `now`
 * (the one the project page opens on). One in five is a metric; the rest are issue-driven.
 */
export function planOkrs(input: { projectKey: string; keyResults: number; accountIds: readonly string[]; now: Date; rng: Prng }): OkrSet {
  const { rng, now } = input;
  const cycle = cycleContaining(now);
  const objectiveCount = Math.ceil(input.keyResults / KEY_RESULTS_PER_OBJECTIVE);
  // Creation times count up to `now`, so the app's sort by creation keeps the generated order.
  const atIso = (index: number) => new Date(now.getTime() - (input.keyResults + objectiveCount - index) * 1000).toISOString();
  const objectives: Objective[] = Array.from({ length: objectiveCount }, (_, i) => ({
    id: `obj-${rng.hex(8)}-${i}`,
    title: `Objective ${i + 1}: ${rng.pick(THEMES)}`,
    description: '',
    ownerAccountId: rng.pick(input.accountIds),
    level: LEVELS[i % LEVELS.length] ?? 'team',
    cycle,
    projectKeys: [input.projectKey],
    createdAtIso: atIso(i),
    updatedAtIso: atIso(i),
  }));
  const keyResults: KeyResult[] = Array.from({ length: input.keyResults }, (_, i) => ({
    id: `kr-${rng.hex(8)}-${i}`,
    objectiveId: objectives[Math.floor(i / KEY_RESULTS_PER_OBJECTIVE)]?.id ?? '',
    title: `Key result ${i + 1}: ${rng.pick(THEMES)}`,
    ownerAccountId: rng.pick(input.accountIds),
    weight: 1,
    confidence: 'on-track',
    measure: measureFor(i),
    createdAtIso: atIso(objectiveCount + i),
    updatedAtIso: atIso(objectiveCount + i),
  }));
  return { objectives, keyResults };
}

function measureFor(index: number): Measure {
  if (index % 5 === 4) return { kind: 'metric', baseline: 10, target: 50, current: 20, unit: '%' };
  return index % 2 === 0 ? { kind: 'issues' } : { kind: 'storyPoints' };
}

/** Issue-driven key results: the only ones issues are linked to (metrics are checked in by hand). */
export function drivenKeyResults(okrs: OkrSet): KeyResult[] {
  return okrs.keyResults.filter((keyResult) => keyResult.measure.kind !== 'metric');
}

/** Writes the `okr-links` property on a share of the epics and stories, as LINK_DENSITY says. */
export function linkIssues(issues: SiteIssue[], okrs: OkrSet, rng: Prng): void {
  const driven = drivenKeyResults(okrs);
  if (driven.length === 0) return;
  for (const issue of issues) {
    const isEpic = issue.issueType === 'Epic';
    if (!rng.chance(isEpic ? LINK_DENSITY.epicLinked : LINK_DENSITY.storyLinked)) continue;
    const chosen = rng.sample(driven, isEpic ? rng.int(1, 2) : 1);
    const links: OkrLinksV1 = {
      v: 1,
      krIds: chosen.map((keyResult) => keyResult.id),
      objectiveIds: [...new Set(chosen.map((keyResult) => keyResult.objectiveId))],
    };
    issue.properties[OKR_PROPERTY_KEY] = links;
  }
}

/** Key result ids an issue links itself (not through its epic). */
export function linkedKrIds(issue: SiteIssue): string[] {
  const links = issue.properties[OKR_PROPERTY_KEY] as Partial<OkrLinksV1> | undefined;
  return Array.isArray(links?.krIds) ? links.krIds : [];
}

const THEMES = [
  'faster checkout',
  'fewer support tickets',
  'reliable nightly builds',
  'self-serve onboarding',
  'lower cloud spend',
  'search that finds things',
  'mobile crash-free sessions',
  'accessible forms',
];
