import { createKeyResult } from '../../src/use-cases/create-key-result';
import { createObjective } from '../../src/use-cases/create-objective';
import { checkInKeyResult } from '../../src/use-cases/check-in-key-result';
import { getProjectPage } from '../../src/use-cases/get-project-page';
import { workIssue } from '../support/builders';
import { testDeps } from '../support/fakes';

const alex = { accountId: 'user-alex' };
const q4 = { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' };

async function seededSite() {
  const deps = testDeps();
  const objective = await createObjective(deps, alex, 'SHOP', { title: 'Faster checkout', level: 'team', cycle: q4 });
  const latency = await createKeyResult(deps, alex, 'SHOP', {
    objectiveId: objective.id,
    title: 'p95 latency',
    measure: { kind: 'metric', baseline: 800, target: 300, unit: 'ms' },
  });
  const conversion = await createKeyResult(deps, alex, 'SHOP', {
    objectiveId: objective.id,
    title: 'Conversion',
    measure: { kind: 'metric', baseline: 0, target: 100, unit: '%' },
  });
  const points = await createKeyResult(deps, alex, 'SHOP', { objectiveId: objective.id, title: 'Ship one-click pay', measure: { kind: 'storyPoints' } });
  return { deps, objective, latency, conversion, points };
}

describe('getProjectPage', () => {
  it('shows an objective at 55 % from KR 0 → 100 at 50 and KR 800 → 300 at 500, with its check-ins', async () => {
    const { deps, objective, latency, conversion, points } = await seededSite();
    await deps.okrs.deleteKeyResult(points.id);
    await checkInKeyResult(deps, alex, 'SHOP', latency.id, { value: 500, confidence: 'on-track', note: 'CDN rolled out' });
    await checkInKeyResult(deps, alex, 'SHOP', conversion.id, { value: 50, confidence: 'at-risk', note: '' });

    const page = await getProjectPage(deps, alex, { projectKey: 'SHOP' });

    const shown = page.objectives.find((o) => o.id === objective.id);
    expect(shown?.progressPercent).toBe(55);
    expect(shown?.keyResults.find((kr) => kr.id === latency.id)?.checkIns).toEqual([
      {
        id: 'ci-5',
        atIso: '2026-11-15T12:00:00.000Z',
        by: { accountId: 'user-alex', displayName: 'Alex Rivera' },
        value: 500,
        previousValue: 800,
        confidence: 'on-track',
        note: 'CDN rolled out',
      },
    ]);
  });

  it('rolls story points up from linked stories and their epic, and stores the snapshot', async () => {
    const { deps, points } = await seededSite();
    for (const issue of [
      workIssue({ key: 'SHOP-1', isEpic: true, krIds: [points.id] }),
      workIssue({ key: 'SHOP-2', parentKey: 'SHOP-1', storyPoints: 5, statusCategory: 'done' }),
      workIssue({ key: 'SHOP-3', krIds: [points.id], storyPoints: 3 }),
      workIssue({ key: 'SHOP-4', krIds: [points.id] }),
    ])
      deps.jira.issues.set(issue.key, issue);

    const page = await getProjectPage(deps, alex, { projectKey: 'SHOP' });

    const kr = page.objectives[0]?.keyResults.find((k) => k.id === points.id);
    expect(kr?.work).toEqual({ totalIssues: 3, doneIssues: 1, totalStoryPoints: 8, doneStoryPoints: 5, unestimatedIssues: 1 });
    expect(kr?.progress).toEqual({ percent: 62.5, rawPercent: 62.5, done: false });
    expect(deps.snapshots.stored.get(points.id)).toMatchObject({ doneStoryPoints: 5, totalStoryPoints: 8 });
  });

  it('shows no progress ("–") for an objective without key results', async () => {
    const deps = testDeps();
    await createObjective(deps, alex, 'SHOP', { title: 'Empty for now', level: 'company', cycle: q4 });
    const page = await getProjectPage(deps, alex, { projectKey: 'SHOP' });
    expect(page.objectives[0]?.progressPercent).toBeNull();
  });

  it('shows only the chosen cycle and lists the cycles in use plus the current and next quarter', async () => {
    const deps = testDeps();
    await createObjective(deps, alex, 'SHOP', {
      title: 'Last quarter',
      level: 'team',
      cycle: { label: '2026 Q3', startDate: '2026-07-01', endDate: '2026-09-30' },
    });
    await createObjective(deps, alex, 'SHOP', { title: 'This quarter', level: 'team', cycle: q4 });
    const page = await getProjectPage(deps, alex, { projectKey: 'SHOP', cycleLabel: '2026 Q3' });
    expect(page.objectives.map((o) => o.title)).toEqual(['Last quarter']);
    expect(page.cycles.map((c) => c.label)).toEqual(['2026 Q3', '2026 Q4', '2027 Q1']);
  });

  it('offers as parents only objectives of other projects the user may browse', async () => {
    const deps = testDeps();
    await createObjective(deps, alex, 'OPS', { title: 'Company: uptime', level: 'company', cycle: q4 });
    await createObjective(deps, alex, 'FIN', { title: 'Secret finance goal', level: 'department', cycle: q4 });
    deps.jira.hiddenProjects.add('FIN');
    const page = await getProjectPage(deps, alex, { projectKey: 'SHOP' });
    expect(page.parentOptions).toEqual([{ id: 'obj-1', title: 'Company: uptime', level: 'company' }]);
  });

  it('refuses a user who cannot browse the project before reading storage', async () => {
    const { deps } = await seededSite();
    deps.jira.permissions = { browse: false, edit: false };
    const listObjectives = jest.spyOn(deps.okrs, 'listObjectives');
    await expect(getProjectPage(deps, alex, { projectKey: 'SHOP' })).rejects.toThrow('Project SHOP does not exist or you do not have permission to see it.');
    expect(listObjectives).not.toHaveBeenCalled();
  });

  it('says the page is read-only for a user who may browse but not edit', async () => {
    const { deps } = await seededSite();
    deps.jira.permissions = { browse: true, edit: false };
    expect((await getProjectPage(deps, alex, { projectKey: 'SHOP' })).canEdit).toBe(false);
  });
});
