import { FilterConditions, kvs, Sort, WhereConditions, Filter } from '@forge/kvs';
import type { LocalForge } from '../../../local/runtime/local-forge';
import { tinyForge } from './tiny-forge';

interface Note {
  issueKey: string;
  score: number;
}

let forge: LocalForge;
beforeEach(async () => {
  forge = tinyForge();
  const notes = kvs.entity<Note>('tiny-note');
  await notes.set('n1', { issueKey: 'OKR-1', score: 3 });
  await notes.set('n2', { issueKey: 'OKR-1', score: 1 });
  await notes.set('n3', { issueKey: 'OKR-2', score: 2 });
});
afterEach(() => forge.close());

const keys = (page: { results: Array<{ key: string }> }) => page.results.map((r) => r.key);

describe('custom entities', () => {
  it('returns an entity value when it was set', async () => {
    expect(await kvs.entity<Note>('tiny-note').get('n3')).toEqual({ issueKey: 'OKR-2', score: 2 });
  });

  it('returns the partition sorted by the range attribute when querying an index', async () => {
    const page = await kvs
      .entity<Note>('tiny-note')
      .query()
      .index('by-issue', { partition: ['OKR-1'] })
      .getMany();
    expect(keys(page)).toEqual(['n2', 'n1']);
  });

  it('sorts descending when asked to', async () => {
    const page = await kvs.entity<Note>('tiny-note').query().index('score').sort(Sort.DESC).getMany();
    expect(keys(page)).toEqual(['n1', 'n3', 'n2']);
  });

  it('keeps only the range when querying with where', async () => {
    const page = await kvs.entity<Note>('tiny-note').query().index('score').where(WhereConditions.greaterThan(1)).getMany();
    expect(keys(page)).toEqual(['n3', 'n1']);
  });

  it('keeps only matching values when querying with filters', async () => {
    const filter = new Filter<Note>().and('issueKey', FilterConditions.equalTo('OKR-2'));
    const page = await kvs.entity<Note>('tiny-note').query().index('score').filters(filter).getMany();
    expect(keys(page)).toEqual(['n3']);
  });

  it('rejects a query on an index the manifest does not declare', async () => {
    await expect(kvs.entity<Note>('tiny-note').query().index('nope').getMany()).rejects.toMatchObject({ code: 'INDEX_NOT_DEFINED' });
  });
});
