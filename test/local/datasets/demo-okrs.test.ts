import type { LocalForge } from '../../../local/runtime/local-forge';
import type { SprintMovementView } from '../../../src/shared/contract';
import { DEMO_CYCLE, invokeAsAlex, onProjectPage, seededDemoForge } from '../../support/seeded-demo';

describe('seedDemoOkrs', () => {
  let forge: LocalForge;
  beforeAll(async () => (forge = await seededDemoForge()));
  afterAll(() => forge.close());
  const projectPage = async () => (await invokeAsAlex(forge, 'okr-project-page', onProjectPage, 'getProjectPage', { cycleLabel: DEMO_CYCLE.label })).data;

  it('gives a fresh demo site objectives, linked key results, check-ins and two recorded sprints', async () => {
    const page = await projectPage();
    expect(page.objectives.map((o) => [o.title, o.keyResults.length])).toEqual([
      ['Become the easiest shop to buy from', 0],
      ['Make checkout effortless', 3],
      ['Help shoppers find what they want', 2],
    ]);
    expect(page.objectives[1]?.keyResults.find((kr) => kr.title === 'Ship Checkout v2')?.work).toMatchObject({ doneStoryPoints: 19, totalStoryPoints: 37 });
    expect(page.objectives[1]?.keyResults.find((kr) => kr.title === 'Cut checkout p95 latency')?.checkIns).toHaveLength(1);
    expect(page.sprints.map((sprint) => [sprint.sprintName, sprint.entries.length])).toEqual([
      ['SHOP Sprint 2', 4],
      ['SHOP Sprint 1', 2],
    ]);
  });

  it('tells one consistent story across replayed sprints: each starts where the one before ended', async () => {
    const [second, first] = (await projectPage()).sprints;
    const checkout = (sprint: SprintMovementView | undefined) =>
      sprint?.entries.find((entry) => entry.unit === 'story points' && entry.movedIssues.some((issue) => issue.epicKey === 'SHOP-1'));
    expect([checkout(first)?.before, checkout(first)?.after, checkout(second)?.before, checkout(second)?.after]).toEqual([0, 8, 8, 19]);
  });
});
