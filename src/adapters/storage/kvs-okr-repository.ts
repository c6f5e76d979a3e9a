import type { CheckIn } from '../../domain/check-in';
import type { KeyResult } from '../../domain/key-result';
import type { Objective } from '../../domain/objective';
import type { OkrRepository } from '../../use-cases/ports/okr-repository';
import { getMany, type KvsOperation, type KvsPort, listByPrefix, listValuesByPrefix, transactInChunks } from './kvs-port';
import { storageKeys } from './storage-keys';

/**
 * Objectives, key results and check-ins under key prefixes in Forge storage. Multi-key changes
 * go through transactions so a check-in never lands without the value it set.
 */
export class KvsOkrRepository implements OkrRepository {
  constructor(private readonly store: KvsPort) {}

  listObjectives(): Promise<Objective[]> {
    return listValuesByPrefix<Objective>(this.store, storageKeys.objectivePrefix);
  }

  findObjective(id: string): Promise<Objective | undefined> {
    return this.store.get<Objective>(storageKeys.objective(id));
  }

  listKeyResults(): Promise<KeyResult[]> {
    return listValuesByPrefix<KeyResult>(this.store, storageKeys.keyResultPrefix);
  }

  findKeyResult(id: string): Promise<KeyResult | undefined> {
    return this.store.get<KeyResult>(storageKeys.keyResult(id));
  }

  async findKeyResults(ids: readonly string[]): Promise<Map<string, KeyResult>> {
    const found = await getMany<KeyResult>(this.store, [...new Set(ids)].map(storageKeys.keyResult));
    return new Map([...found.values()].map((keyResult) => [keyResult.id, keyResult]));
  }

  async findObjectives(ids: readonly string[]): Promise<Map<string, Objective>> {
    const found = await getMany<Objective>(this.store, [...new Set(ids)].map(storageKeys.objective));
    return new Map([...found.values()].map((objective) => [objective.id, objective]));
  }

  async saveObjective(objective: Objective): Promise<void> {
    await this.store.set(storageKeys.objective(objective.id), objective);
  }

  async saveKeyResult(keyResult: KeyResult): Promise<void> {
    await this.store.set(storageKeys.keyResult(keyResult.id), keyResult);
  }

  async saveCheckIn(keyResult: KeyResult, checkIn: CheckIn): Promise<void> {
    await this.store
      .transact()
      .set(storageKeys.keyResult(keyResult.id), keyResult)
      .set(storageKeys.checkIn(keyResult.id, checkIn.atIso, checkIn.id), checkIn)
      .execute();
  }

  listCheckIns(keyResultId: string): Promise<CheckIn[]> {
    return listValuesByPrefix<CheckIn>(this.store, storageKeys.checkInPrefix(keyResultId));
  }

  async deleteKeyResult(id: string): Promise<void> {
    await transactInChunks(this.store, await this.keyResultDeletes(id));
  }

  /** Children go first, so an interrupted delete leaves a smaller but consistent tree. */
  async deleteObjective(id: string): Promise<void> {
    const keyResults = (await this.listKeyResults()).filter((keyResult) => keyResult.objectiveId === id);
    const operations: KvsOperation[] = [];
    for (const keyResult of keyResults) operations.push(...(await this.keyResultDeletes(keyResult.id)));
    operations.push({ delete: storageKeys.objective(id) });
    await transactInChunks(this.store, operations);
  }

  private async keyResultDeletes(id: string): Promise<KvsOperation[]> {
    const checkIns = await listByPrefix(this.store, storageKeys.checkInPrefix(id));
    return [...checkIns.map((entry) => ({ delete: entry.key })), { delete: storageKeys.keyResult(id) }];
  }
}
