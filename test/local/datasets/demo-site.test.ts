import { createDemoSite } from '../../../local/datasets/demo-site';

const site = createDemoSite(new Date('2026-12-01T10:00:00.000Z'));
const sprintById = new Map(site.sprints.map((sprint) => [sprint.id, sprint]));

describe('createDemoSite', () => {
  it('has two closed sprints, an active and a future one on the SHOP board', () => {
    expect(site.sprints.filter((sprint) => sprint.boardId === 1).map((sprint) => sprint.state)).toEqual(['closed', 'closed', 'active', 'future']);
  });

  it('places today inside the active sprint', () => {
    const active = sprintById.get(3);
    const today = Date.parse('2026-12-01T10:00:00.000Z');
    expect([Date.parse(active?.startDate ?? '') < today, today < Date.parse(active?.endDate ?? '')]).toEqual([true, true]);
  });

  it('refers only to existing sprints, parents and users', () => {
    const keys = new Set(site.issues.map((issue) => issue.key));
    const users = new Set(site.users.map((user) => user.accountId));
    const broken = site.issues.filter(
      (issue) =>
        issue.sprintIds.some((id) => !sprintById.has(id)) ||
        (issue.parentKey !== undefined && !keys.has(issue.parentKey)) ||
        (issue.assigneeAccountId !== undefined && !users.has(issue.assigneeAccountId)),
    );
    expect(broken).toEqual([]);
  });

  it('marks done every issue whose last sprint is closed', () => {
    const unfinished = site.issues.filter((issue) => {
      const lastSprint = sprintById.get(issue.sprintIds[issue.sprintIds.length - 1] ?? -1);
      return lastSprint?.state === 'closed' && issue.status.category !== 'done';
    });
    expect(unfinished).toEqual([]);
  });

  it('keeps the FIN project from Sam Chen', () => {
    const fin = site.projects.find((project) => project.key === 'FIN');
    expect(fin?.browseAccountIds).toEqual([site.users[0]?.accountId]);
  });
});
