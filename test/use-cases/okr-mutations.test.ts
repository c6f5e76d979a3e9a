import { createKeyResult } from '../../src/use-cases/create-key-result';
import { createObjective } from '../../src/use-cases/create-objective';
import { deleteObjective } from '../../src/use-cases/delete-objective';
import { updateObjective } from '../../src/use-cases/update-objective';
import { updateKeyResult } from '../../src/use-cases/update-key-result';
import { checkInKeyResult } from '../../src/use-cases/check-in-key-result';
import { testDeps } from '../support/fakes';

const alex = { accountId: 'user-alex' };
const q4 = { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' };

describe('OKR mutations', () => {
  it('stores a new objective owned by the caller in the caller’s project', async () => {
    const deps = testDeps();
    const view = await createObjective(deps, alex, 'SHOP', { title: '  Win the mid-market ', level: 'department', cycle: q4 });
    expect(deps.okrs.objectives.get(view.id)).toEqual({
      id: 'obj-1',
      title: 'Win the mid-market',
      description: '',
      ownerAccountId: 'user-alex',
      level: 'department',
      cycle: q4,
      projectKeys: ['SHOP'],
      createdAtIso: '2026-11-15T12:00:00.000Z',
      updatedAtIso: '2026-11-15T12:00:00.000Z',
    });
  });

  it('makes the caller the owner of a new key result unless someone else is named', async () => {
    const deps = testDeps();
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4 });
    const mine = await createKeyResult(deps, alex, 'SHOP', { objectiveId: objective.id, title: 'Mine', measure: { kind: 'issues' } });
    const sams = await createKeyResult(deps, alex, 'SHOP', {
      objectiveId: objective.id,
      title: 'Sam’s',
      measure: { kind: 'issues' },
      ownerAccountId: 'user-sam',
    });
    expect([mine.owner?.displayName, sams.owner?.displayName]).toEqual(['Alex Rivera', 'Sam Chen']);
  });

  it('refuses to create a key result 5 → 5 and stores nothing', async () => {
    const deps = testDeps();
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4 });
    await expect(
      createKeyResult(deps, alex, 'SHOP', { objectiveId: objective.id, title: 'Flat', measure: { kind: 'metric', baseline: 5, target: 5, unit: 'x' } }),
    ).rejects.toThrow('Baseline and target are both 5');
    expect(deps.okrs.keyResults.size).toBe(0);
  });

  it('refuses a user without edit permission and stores nothing', async () => {
    const deps = testDeps();
    deps.jira.permissions = { browse: true, edit: false };
    await expect(createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4 })).rejects.toThrow('Edit issues permission in SHOP');
    expect(deps.okrs.objectives.size).toBe(0);
  });

  it('does not let a project reach an objective of another project', async () => {
    const deps = testDeps();
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4 });
    await expect(updateObjective(deps, 'OPS', objective.id, { title: 'Hijacked' })).rejects.toThrow(`Objective ${objective.id} does not exist in project OPS.`);
    expect(deps.okrs.objectives.get(objective.id)?.title).toBe('O');
  });

  it('shares an objective with another project the user may edit, keeping the project it is edited from', async () => {
    const deps = testDeps();
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'Company: uptime', level: 'company', cycle: q4, projectKeys: ['SHOP', 'OPS'] });
    expect(deps.okrs.objectives.get(objective.id)?.projectKeys).toEqual(['OPS', 'SHOP']);
  });

  it('refuses to share an objective with a project where the user may not edit', async () => {
    const deps = testDeps();
    deps.jira.projectPermissions.set('FIN', { browse: true, edit: false });
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4 });
    await expect(updateObjective(deps, 'SHOP', objective.id, { projectKeys: ['SHOP', 'FIN'] })).rejects.toThrow('You need the Edit issues permission in FIN');
    expect(deps.okrs.objectives.get(objective.id)?.projectKeys).toEqual(['SHOP']);
  });

  it('refuses to drop the project an objective is edited from', async () => {
    const deps = testDeps();
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4, projectKeys: ['SHOP', 'OPS'] });
    await expect(updateObjective(deps, 'SHOP', objective.id, { projectKeys: ['OPS'] })).rejects.toThrow(
      'An objective edited from SHOP stays in SHOP: keep SHOP among its projects.',
    );
  });

  it('detaches an objective from its parent when the parent is set to null', async () => {
    const deps = testDeps();
    const parent = await createObjective(deps, alex, 'SHOP', { title: 'Company', level: 'company', cycle: q4 });
    const child = await createObjective(deps, alex, 'SHOP', { title: 'Team', level: 'team', cycle: q4, parentObjectiveId: parent.id });
    await updateObjective(deps, 'SHOP', child.id, { parentObjectiveId: null });
    expect(deps.okrs.objectives.get(child.id)?.parentObjectiveId).toBeUndefined();
  });

  it('refuses to delete an objective that still has children', async () => {
    const deps = testDeps();
    const parent = await createObjective(deps, alex, 'SHOP', { title: 'Company', level: 'company', cycle: q4 });
    await createObjective(deps, alex, 'SHOP', { title: 'Team', level: 'team', cycle: q4, parentObjectiveId: parent.id });
    await expect(deleteObjective(deps, 'SHOP', parent.id)).rejects.toThrow('Objective has 1 child objective(s) (Team)');
    expect(deps.okrs.objectives.has(parent.id)).toBe(true);
  });

  it('deletes an objective with its key results and their check-ins', async () => {
    const deps = testDeps();
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4 });
    const kr = await createKeyResult(deps, alex, 'SHOP', {
      objectiveId: objective.id,
      title: 'K',
      measure: { kind: 'metric', baseline: 0, target: 3, unit: '' },
    });
    await checkInKeyResult(deps, alex, 'SHOP', kr.id, { value: 1, confidence: 'on-track', note: '' });
    await deleteObjective(deps, 'SHOP', objective.id);
    expect([deps.okrs.objectives.size, deps.okrs.keyResults.size, deps.okrs.checkIns.length]).toEqual([0, 0, 0]);
  });

  it('refuses to move a metric’s target onto its baseline', async () => {
    const deps = testDeps();
    const objective = await createObjective(deps, alex, 'SHOP', { title: 'O', level: 'team', cycle: q4 });
    const kr = await createKeyResult(deps, alex, 'SHOP', {
      objectiveId: objective.id,
      title: 'K',
      measure: { kind: 'metric', baseline: 2, target: 3, unit: '' },
    });
    await expect(updateKeyResult(deps, 'SHOP', kr.id, { target: 2 })).rejects.toThrow('Baseline and target are both 2');
    expect(deps.okrs.keyResults.get(kr.id)?.measure).toMatchObject({ target: 3 });
  });
});
