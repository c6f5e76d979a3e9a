import { csvSiteNow, loadCsvSite } from '../../local/datasets/csv-site';
import { DEMO_USERS } from '../../local/datasets/demo-site';
import type { SiteIssue } from '../../local/jira-emulator';
import { startHost, type RunningHost } from '../../local/host/server';
import { HostClient } from '../support/host-client';
import { describeWithShared, sharedPath } from '../support/shared-material';
import { expectedFigures, pickScenario } from './xd-scenario';

const CSV = 'datasets/XD_issues.csv';
describeWithShared(CSV, 'the main loop over HTTP on the Spring XD dataset', () => {
  const site = loadCsvSite(sharedPath(CSV));
  const scenario = pickScenario(site);
  const expected = expectedFigures(site, scenario);
  let host: RunningHost;
  let alex: HostClient;
  const projectPage = { type: 'jira:projectPage', project: { id: '10000', key: 'XD', type: 'software' } };
  const issueContext = (issue: SiteIssue) => ({
    type: 'jira:issuePanel',
    issue: { id: issue.id, key: issue.key, type: issue.issueType },
    project: { id: '10000', key: 'XD', type: 'software' },
  });

  beforeAll(async () => {
    host = await startHost({ port: 0, site, storageFile: ':memory:', emulatorNow: () => csvSiteNow(site), logError: () => undefined });
    alex = new HostClient(host.url, DEMO_USERS.alex.accountId);
  });
  afterAll(() => host.close());

  it('moves a story-points key result when the sprint closes, and the project page shows it', async () => {
    const objective = await alex.invoke('okr-project-page', projectPage, 'createObjective', {
      title: 'Make stream processing production-ready',
      level: 'team',
      cycle: { label: '2026 Q4', startDate: '2026-10-01', endDate: '2026-12-31' },
    });
    const keyResult = await alex.invoke('okr-project-page', projectPage, 'createKeyResult', {
      objectiveId: objective.id,
      title: 'Deliver the runtime work',
      measure: { kind: 'storyPoints' },
    });

    await alex.invoke('okr-issue-panel', issueContext(scenario.epic), 'setIssueLinks', { keyResultIds: [keyResult.id] });
    await alex.invoke('okr-issue-panel', issueContext(scenario.direct), 'setIssueLinks', { keyResultIds: [keyResult.id] });
    const panel = await alex.invoke('okr-issue-panel', issueContext(scenario.throughEpic), 'getIssuePanel', {});
    expect(panel.linked.map((item) => [item.keyResult.id, item.via, item.epicKey])).toEqual([[keyResult.id, 'epic', scenario.epic.key]]);

    await alex.markDone(scenario.direct.key);
    await alex.markDone(scenario.throughEpic.key);
    await alex.completeSprint(scenario.active.id);

    const page = await alex.invoke('okr-project-page', projectPage, 'getProjectPage', { cycleLabel: '2026 Q4' });
    const movement = page.sprints.find((sprint) => sprint.sprintId === String(scenario.active.id));
    const entry = movement?.entries.find((e) => e.keyResultId === keyResult.id);
    expect(entry).toMatchObject({
      unit: 'story points',
      before: expected.before,
      after: expected.after,
      delta: expected.moved,
      movedStoryPoints: expected.moved,
    });
    expect(entry?.movedIssues.map((issue) => issue.key)).toEqual(expect.arrayContaining([scenario.direct.key, scenario.throughEpic.key]));

    const shown = page.objectives.find((o) => o.id === objective.id)?.keyResults.find((kr) => kr.id === keyResult.id);
    expect(shown?.work).toMatchObject({ doneStoryPoints: expected.after, totalStoryPoints: expected.total });
    expect(shown?.progress.percent).toBe(expected.percent);
    expect(page.objectives.find((o) => o.id === objective.id)?.progressPercent).toBe(expected.percent);
  });

  it('records the sprint once when Jira delivers the close event a second time', async () => {
    const event = {
      eventType: 'avi:jira-software:closed:sprint',
      sprint: { id: String(scenario.active.id), originBoardId: '1', name: scenario.active.name, state: 'closed' },
    };
    await alex.post('/api/events', { event });
    const page = await alex.invoke('okr-project-page', projectPage, 'getProjectPage', { cycleLabel: '2026 Q4' });
    expect(page.sprints.filter((sprint) => sprint.sprintId === String(scenario.active.id))).toHaveLength(1);
    expect(page.sprints[0]?.entries).toHaveLength(1);
  });
});
