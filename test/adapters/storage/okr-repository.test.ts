import { KvsOkrRepository } from '../../../src/adapters/storage/kvs-okr-repository';
import type { OkrRepository } from '../../../src/use-cases/ports/okr-repository';
import { checkIn, keyResult, objective } from '../../support/builders';
import { InMemoryOkrRepository } from '../../support/fakes';
import { localKvs } from '../../support/local-storage';

/** One suite that the in-memory fake and the Forge storage adapter both pass. */
function okrRepositoryContract(name: string, make: () => { repository: OkrRepository; close: () => Promise<void> }) {
  describe(name, () => {
    let repository: OkrRepository;
    let close: () => Promise<void>;
    beforeEach(() => ({ repository, close } = make()));
    afterEach(() => close());

    it('finds what it saved and nothing else', async () => {
      await repository.saveObjective(objective());
      await repository.saveKeyResult(keyResult());
      expect(await repository.findObjective('obj-1')).toEqual(objective());
      expect(await repository.findKeyResult('kr-1')).toEqual(keyResult());
      expect(await repository.findObjective('obj-missing')).toBeUndefined();
    });

    it('finds many by id in one go, leaving out the ones that do not exist', async () => {
      for (let i = 0; i < 30; i += 1) await repository.saveKeyResult(keyResult({ id: `kr-${i}` }));
      await repository.saveObjective(objective());
      const found = await repository.findKeyResults(['kr-0', 'kr-29', 'kr-missing', ...Array.from({ length: 27 }, (_, i) => `kr-${i + 1}`)]);
      expect([...found.keys()].sort()).toEqual([...Array.from({ length: 28 }, (_, i) => `kr-${i}`), 'kr-29'].sort());
      expect([...(await repository.findObjectives(['obj-1', 'obj-2'])).keys()]).toEqual(['obj-1']);
    });

    it('lists more objectives than one storage page holds', async () => {
      for (let i = 0; i < 130; i += 1) await repository.saveObjective(objective({ id: `obj-${String(i).padStart(3, '0')}` }));
      expect((await repository.listObjectives()).map((o) => o.id).sort()).toHaveLength(130);
    });

    it('stores a check-in with the key result it changed, and lists the history in time order', async () => {
      const kr = keyResult({ measure: { kind: 'metric', baseline: 0, target: 10, current: 0, unit: '' } });
      await repository.saveKeyResult(kr);
      await repository.saveCheckIn(
        { ...kr, measure: { ...kr.measure, current: 4 } as typeof kr.measure },
        checkIn({ id: 'ci-b', atIso: '2026-10-09T00:00:00.000Z', value: 4 }),
      );
      await repository.saveCheckIn(
        { ...kr, measure: { ...kr.measure, current: 2 } as typeof kr.measure },
        checkIn({ id: 'ci-a', atIso: '2026-10-02T00:00:00.000Z', value: 2 }),
      );
      expect((await repository.listCheckIns('kr-1')).map((c) => c.id)).toEqual(['ci-a', 'ci-b']);
      expect((await repository.findKeyResult('kr-1'))?.measure).toMatchObject({ current: 2 });
    });

    it('deletes an objective with its key results and their check-ins, leaving the others', async () => {
      await repository.saveObjective(objective());
      await repository.saveObjective(objective({ id: 'obj-2' }));
      await repository.saveKeyResult(keyResult());
      await repository.saveKeyResult(keyResult({ id: 'kr-2', objectiveId: 'obj-2' }));
      for (let i = 0; i < 30; i += 1)
        await repository.saveCheckIn(keyResult(), checkIn({ id: `ci-${i}`, atIso: `2026-10-${String(i + 1).padStart(2, '0')}T00:00:00.000Z` }));
      await repository.deleteObjective('obj-1');
      expect((await repository.listObjectives()).map((o) => o.id)).toEqual(['obj-2']);
      expect((await repository.listKeyResults()).map((kr) => kr.id)).toEqual(['kr-2']);
      expect(await repository.listCheckIns('kr-1')).toEqual([]);
    });
  });
}

okrRepositoryContract('InMemoryOkrRepository', () => ({ repository: new InMemoryOkrRepository(), close: async () => undefined }));
okrRepositoryContract('KvsOkrRepository over Forge storage (local SQLite)', () => {
  const { store, forge } = localKvs();
  return { repository: new KvsOkrRepository(store), close: () => forge.close() };
});
