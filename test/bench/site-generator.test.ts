import { OKR_PROPERTY_KEY } from '../../src/shared/issue-property';
import type { SiteIssue } from '../../local/jira-emulator';
import { drivenKeyResults, linkedKrIds } from '../../bench/okr-plan';
import { pageReadSet } from '../../bench/read-set';
import { generateSite, type SiteSpec } from '../../bench/site-generator';

const NOW = new Date('2026-11-15T12:00:00.000Z');
const spec: SiteSpec = { name: 'test', issues: 2_000, keyResults: 40, sprintSizes: [100, 300], seed: 7, now: NOW };
const site = generateSite(spec);
const epics = site.site.issues.filter((issue) => issue.issueType === 'Epic');
const work = site.site.issues.filter((issue) => issue.issueType !== 'Epic');

describe('generateSite', () => {
  it('gives the same site for the same spec', () => {
    expect(JSON.stringify(generateSite(spec))).toBe(JSON.stringify(site));
  });

  it('gives another site for another seed', () => {
    expect(JSON.stringify(generateSite({ ...spec, seed: 8 }).site.issues)).not.toBe(JSON.stringify(site.site.issues));
  });

  it('makes about a tenth of the issues epics and puts about 70 % of the rest under one', () => {
    expect(epics.length / spec.issues).toBeGreaterThan(0.08);
    expect(epics.length / spec.issues).toBeLessThan(0.12);
    const parented = work.filter((issue) => issue.parentKey !== undefined).length / work.length;
    expect(parented).toBeGreaterThan(0.65);
    expect(parented).toBeLessThan(0.75);
  });

  it('has 50 sprints, the measured ones of exactly the asked sizes, the first active and the rest future', () => {
    expect(site.site.sprints).toHaveLength(50);
    expect(site.sprints.map((sprint) => sprint.size)).toEqual([100, 300]);
    const states = site.sprints.map((measured) => site.site.sprints.find((sprint) => sprint.id === measured.id)?.state);
    expect(states).toEqual(['active', 'future']);
  });

  it('stores ~4 key results per objective, all in the project and the cycle of now', () => {
    expect(site.okrs.keyResults).toHaveLength(40);
    expect(site.okrs.objectives).toHaveLength(10);
    expect(new Set(site.okrs.objectives.map((objective) => `${objective.projectKeys.join()} ${objective.cycle.label}`))).toEqual(new Set(['BENCH 2026 Q4']));
  });

  it('links about 30 % of the epics and 10 % of the stories, to issue-driven key results only', () => {
    const share = (issues: SiteIssue[]) => issues.filter((issue) => linkedKrIds(issue).length > 0).length / issues.length;
    expect(share(epics)).toBeGreaterThan(0.22);
    expect(share(epics)).toBeLessThan(0.38);
    expect(share(work)).toBeGreaterThan(0.08);
    expect(share(work)).toBeLessThan(0.12);
    const driven = new Set(drivenKeyResults(site.okrs).map((keyResult) => keyResult.id));
    expect(site.site.issues.flatMap(linkedKrIds).every((id) => driven.has(id))).toBe(true);
  });

  it('writes links as the app’s okr-links property, version 1, with the objectives of the key results', () => {
    const linked = site.site.issues.find((issue) => linkedKrIds(issue).length > 0);
    const property = linked?.properties[OKR_PROPERTY_KEY] as { v: number; krIds: string[]; objectiveIds: string[] };
    const objectiveOf = (id: string) => site.okrs.keyResults.find((keyResult) => keyResult.id === id)?.objectiveId;
    expect(property.v).toBe(1);
    expect(property.objectiveIds).toEqual([...new Set(property.krIds.map(objectiveOf))]);
  });

  it('points the panel at a linked story under a linked epic', () => {
    const issue = site.site.issues.find((candidate) => candidate.key === site.panelIssueKey);
    const epic = site.site.issues.find((candidate) => candidate.key === issue?.parentKey);
    expect([linkedKrIds(issue!).length > 0, epic?.issueType, linkedKrIds(epic!).length > 0]).toEqual([true, 'Epic', true]);
  });
});

describe('pageReadSet', () => {
  const issue = (key: string, type: SiteIssue['issueType'], krIds: string[], parentKey?: string): SiteIssue => ({
    id: key,
    key,
    projectKey: 'P',
    issueType: type,
    summary: key,
    status: { name: 'To Do', category: 'new' },
    sprintIds: [],
    estimates: {},
    components: [],
    created: NOW.toISOString(),
    properties: krIds.length > 0 ? { [OKR_PROPERTY_KEY]: { v: 1, krIds, objectiveIds: [] } } : {},
    ...(parentKey ? { parentKey } : {}),
  });

  it('counts linked issues and the children of linked epics once each, for the asked key results only', () => {
    const issues = [
      issue('P-1', 'Epic', ['kr-1']),
      issue('P-2', 'Story', [], 'P-1'),
      issue('P-3', 'Story', ['kr-1'], 'P-1'),
      issue('P-4', 'Story', ['kr-2']),
      issue('P-5', 'Epic', ['kr-9']),
      issue('P-6', 'Story', [], 'P-5'),
    ];
    expect(pageReadSet(issues, new Set(['kr-1', 'kr-2']))).toBe(4);
  });
});
