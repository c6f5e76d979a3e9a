import { childrenJql, JQL_VALUES_PER_QUERY, linkedAmongJql, linkedWorkJql } from '../../../src/adapters/jira/linked-work-jql';

describe('linkedWorkJql', () => {
  it('reads linked issues and the children of known epics in one query', () => {
    expect(linkedWorkJql(['kr-1', 'kr-2', 'kr-1'], ['SHOP-1', 'SHOP-1'])).toEqual(['okrKeyResult in ("kr-1", "kr-2") OR parent in (SHOP-1)']);
  });

  it('splits only past the values one query carries', () => {
    const ids = Array.from({ length: JQL_VALUES_PER_QUERY + 1 }, (_, i) => `kr-${i}`);
    const queries = linkedWorkJql(ids, ['SHOP-1']);
    expect(queries).toHaveLength(2);
    expect(queries[1]).toBe(`okrKeyResult in ("kr-${JQL_VALUES_PER_QUERY}") OR parent in (SHOP-1)`);
  });

  it('asks for nothing when there is nothing to read', () => {
    expect(childrenJql([])).toEqual([]);
  });

  it('escapes quotes in key result ids', () => {
    expect(linkedWorkJql(['kr-"x"'], [])).toEqual([String.raw`okrKeyResult in ("kr-\"x\"")`]);
  });
});

describe('linkedAmongJql', () => {
  it('keeps only the parents that carry links', () => {
    expect(linkedAmongJql(['SHOP-1', 'SHOP-2', 'SHOP-1'])).toEqual(['key in (SHOP-1, SHOP-2) AND okrKeyResult IS NOT EMPTY']);
  });
});
