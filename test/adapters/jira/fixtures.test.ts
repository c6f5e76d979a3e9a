import { readdirSync } from 'node:fs';
import { storyPointsOf } from '../../../src/adapters/jira/site-fields';
import {
  agileIssuePageSchema,
  fieldListSchema,
  issuePropertyKeysSchema,
  issuePropertySchema,
  searchPageSchema,
  sprintSchema,
  statusCategoryListSchema,
} from '../../../src/adapters/jira/jira-schemas';
import { toWorkIssue } from '../../../src/adapters/jira/work-issue-mapper';
import { z } from 'zod';
import { describeWithShared, readSharedJson, sharedPath } from '../../support/shared-material';

const sprintPageSchema = z.object({ isLast: z.boolean(), values: z.array(sprintSchema) });

/** Each recorded response and the client schema that reads it. */
const schemaOf: Record<string, z.ZodType> = {
  'search-jql-page.cloud.json': searchPageSchema,
  'field-list.cloud.json': fieldListSchema,
  'agile-board-sprints.json': sprintPageSchema,
  'agile-sprint-issues.json': agileIssuePageSchema,
  'issue-property-keys.cloud.json': issuePropertyKeysSchema,
  'issue-property.cloud.json': issuePropertySchema,
  'statuscategories.json': statusCategoryListSchema,
};

const fixture = <S extends z.ZodType>(name: string, schema: S): z.infer<S> => schema.parse(readSharedJson('jira-fixtures', name));
const noEstimation = { storyPointFieldIds: [], fieldOfProject: () => undefined };

describeWithShared('jira-fixtures', 'recorded Jira responses', () => {
  it('has a client schema for every recorded file, and each parses', () => {
    const files = readdirSync(sharedPath('jira-fixtures')).filter((file) => file.endsWith('.json'));
    expect(files.sort()).toEqual(Object.keys(schemaOf).sort());
    for (const file of files) expect(() => fixture(file, schemaOf[file] as z.ZodType)).not.toThrow();
  });

  it('reads a search page: issues, token, not last, status categories', () => {
    const page = fixture('search-jql-page.cloud.json', searchPageSchema);
    expect(page.nextPageToken).toMatch(/^Chkj/);
    expect(page.isLast).toBe(false);
    expect(page.issues.map((issue) => toWorkIssue(issue, noEstimation)).map((issue) => [issue.key, issue.statusCategory, issue.projectKey])).toEqual([
      ['JAVA-93', 'new', 'JAVA'],
      ['JAVA-92', 'new', 'JAVA'],
      ['JAVA-90', 'new', 'JAVA'],
    ]);
  });

  it('finds both story point fields in the field list', () => {
    const fields = fixture('field-list.cloud.json', fieldListSchema);
    const estimation = fields.filter((field) =>
      ['com.pyxis.greenhopper.jira:jsw-story-points', 'com.atlassian.jira.plugin.system.customfieldtypes:float'].includes(field.schema?.custom ?? ''),
    );
    expect(estimation.map((field) => [field.id, field.name])).toEqual(
      expect.arrayContaining([
        ['customfield_10026', 'Story Points'],
        ['customfield_10016', 'Story point estimate'],
      ]),
    );
  });

  it('reads story points from the board’s field on sprint issues', () => {
    const [issue] = fixture('agile-sprint-issues.json', agileIssuePageSchema).issues;
    expect(issue && storyPointsOf(issue, 'customfield_10105', [])).toBe(13);
  });

  it('reads closed sprints with their completion dates, and future ones without dates', () => {
    const sprints = fixture('agile-board-sprints.json', sprintPageSchema).values;
    expect(sprints[0]).toMatchObject({ id: 740, state: 'closed', originBoardId: 734, completeDate: '2016-04-28T05:08:48.543-07:00' });
    expect(sprints.filter((sprint) => sprint.state === 'future').every((sprint) => sprint.startDate === undefined)).toBe(true);
  });

  it('reads status categories by key', () => {
    expect(fixture('statuscategories.json', statusCategoryListSchema).map((category) => category.key)).toEqual(['undefined', 'new', 'indeterminate', 'done']);
  });

  it('reads issue property keys and values', () => {
    expect(fixture('issue-property-keys.cloud.json', issuePropertyKeysSchema).keys.map((key) => key.key)).toEqual(['Bar1']);
    expect(fixture('issue-property.cloud.json', issuePropertySchema)).toEqual({ key: 'Bar1', value: { 'test.id': '123', 'test.time': '1m' } });
  });
});
