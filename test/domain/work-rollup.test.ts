import { rollUpWork, supportOf } from '../../src/domain/work-rollup';
import { workIssue } from '../support/builders';

describe('rollUpWork', () => {
  it('counts a team-managed epic TM-1 with two children linked only by parent, one done: 2 children, 50 %', () => {
    const work = rollUpWork([
      workIssue({ key: 'TM-1', isEpic: true, krIds: ['kr-1'] }),
      workIssue({ key: 'TM-2', parentKey: 'TM-1', statusCategory: 'done' }),
      workIssue({ key: 'TM-3', parentKey: 'TM-1' }),
    ]).get('kr-1');
    expect(work).toMatchObject({ totalIssues: 2, doneIssues: 1 });
    expect(work?.issues.map((issue) => [issue.key, issue.via, issue.epicKey])).toEqual([
      ['TM-2', 'epic', 'TM-1'],
      ['TM-3', 'epic', 'TM-1'],
    ]);
  });

  it('counts a story linked directly and through its epic once, as direct', () => {
    const work = rollUpWork([
      workIssue({ key: 'S-1', isEpic: true, krIds: ['kr-1'] }),
      workIssue({ key: 'S-2', parentKey: 'S-1', krIds: ['kr-1'], storyPoints: 3 }),
    ]).get('kr-1');
    expect(work).toMatchObject({ totalIssues: 1, totalStoryPoints: 3, issues: [{ key: 'S-2', via: 'direct' }] });
  });

  it('counts the same issue listed twice once', () => {
    const story = workIssue({ key: 'S-2', krIds: ['kr-1'], storyPoints: 2 });
    expect(rollUpWork([story, story]).get('kr-1')).toMatchObject({ totalIssues: 1, totalStoryPoints: 2 });
  });

  it('sums done and total story points and counts unestimated issues apart', () => {
    const work = rollUpWork([
      workIssue({ key: 'P-1', krIds: ['kr-1'], storyPoints: 3, statusCategory: 'done' }),
      workIssue({ key: 'P-2', krIds: ['kr-1'], storyPoints: 5 }),
      workIssue({ key: 'P-3', krIds: ['kr-1'], statusCategory: 'done' }),
    ]).get('kr-1');
    expect(work).toMatchObject({ totalStoryPoints: 8, doneStoryPoints: 3, unestimatedIssues: 1, totalIssues: 3, doneIssues: 2 });
  });

  it('does not count an epic itself as work, but remembers it carries the key result', () => {
    expect(rollUpWork([workIssue({ key: 'E-1', isEpic: true, krIds: ['kr-1'], storyPoints: 13 })]).get('kr-1')).toMatchObject({
      totalIssues: 0,
      totalStoryPoints: 0,
      epicKeys: ['E-1'],
    });
  });

  it('keeps fractional points exact enough to add up', () => {
    const work = rollUpWork([0.1, 0.2].map((storyPoints, i) => workIssue({ key: `F-${i + 1}`, krIds: ['kr-1'], storyPoints }))).get('kr-1');
    expect(work?.totalStoryPoints).toBe(0.3);
  });
});

describe('supportOf', () => {
  it('ignores the links of a parent that is not an epic in the set', () => {
    const support = supportOf(workIssue({ key: 'S-9', parentKey: 'S-8' }), new Map());
    expect([...support]).toEqual([]);
  });
});
