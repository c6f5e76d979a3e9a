import { KvsLedgerRepository } from '../../../src/adapters/storage/kvs-ledger-repository';
import type { LedgerEntry } from '../../../src/domain/sprint-ledger';
import type { LedgerRepository } from '../../../src/use-cases/ports/ledger-repository';
import { InMemoryLedger } from '../../support/fakes';
import { localKvs } from '../../support/local-storage';

const sprint = { id: '7', name: 'Sprint 7', completeDateIso: '2026-11-14T17:00:00.000Z' };
const entry = (keyResultId: string, after: number): LedgerEntry => ({
  sprintId: '7',
  sprintName: 'Sprint 7',
  completeDateIso: sprint.completeDateIso,
  keyResultId,
  objectiveId: 'obj-1',
  kind: 'storyPoints',
  unit: 'story points',
  before: 0,
  after,
  delta: after,
  progressBeforePercent: 0,
  progressAfterPercent: after,
  movedIssues: [],
  movedStoryPoints: after,
});

function ledgerContract(name: string, make: () => { ledger: LedgerRepository; close: () => Promise<void> }) {
  describe(name, () => {
    let ledger: LedgerRepository;
    let close: () => Promise<void>;
    beforeEach(() => ({ ledger, close } = make()));
    afterEach(() => close());

    it('records a sprint close and its entries', async () => {
      await ledger.recordSprintClose(sprint, [entry('kr-1', 5), entry('kr-2', 3)], '2026-11-14T17:05:00.000Z');
      expect(await ledger.findSprintClose('7')).toMatchObject({
        sprintId: '7',
        completeDateIso: sprint.completeDateIso,
        keyResultIds: ['kr-1', 'kr-2'],
        recordedAtIso: '2026-11-14T17:05:00.000Z',
      });
      expect((await ledger.listEntries(['obj-1'])).map((e) => [e.keyResultId, e.after]).sort()).toEqual([
        ['kr-1', 5],
        ['kr-2', 3],
      ]);
    });

    it('replaces an earlier record of the same sprint, dropping key results it no longer moved', async () => {
      await ledger.recordSprintClose(sprint, [entry('kr-1', 5), entry('kr-2', 3)], '2026-11-14T17:05:00.000Z');
      await ledger.recordSprintClose({ ...sprint, completeDateIso: '2026-11-15T09:00:00.000Z' }, [entry('kr-1', 8)], '2026-11-15T09:05:00.000Z');
      expect((await ledger.listEntries(['obj-1'])).map((e) => [e.keyResultId, e.after])).toEqual([['kr-1', 8]]);
    });

    it('lists only the entries of the objectives asked for', async () => {
      await ledger.recordSprintClose(sprint, [entry('kr-1', 5), { ...entry('kr-9', 2), objectiveId: 'obj-other' }], '2026-11-14T17:05:00.000Z');
      expect((await ledger.listEntries(['obj-other'])).map((e) => e.keyResultId)).toEqual(['kr-9']);
    });

    it('stores more entries than one transaction holds', async () => {
      await ledger.recordSprintClose(
        sprint,
        Array.from({ length: 60 }, (_, i) => entry(`kr-${i}`, i)),
        '2026-11-14T17:05:00.000Z',
      );
      expect(await ledger.listEntries(['obj-1'])).toHaveLength(60);
    });
  });
}

ledgerContract('InMemoryLedger', () => ({ ledger: new InMemoryLedger(), close: async () => undefined }));
ledgerContract('KvsLedgerRepository over Forge storage (local SQLite)', () => {
  const { store, forge } = localKvs();
  return { ledger: new KvsLedgerRepository(store), close: () => forge.close() };
});
