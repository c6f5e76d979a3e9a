import type { CheckIn } from '../../domain/check-in';
import type { KeyResult } from '../../domain/key-result';
import type { Objective } from '../../domain/objective';

/** Objectives, key results and check-ins as stored for the whole site. */
export interface OkrRepository {
  listObjectives(): Promise<Objective[]>;
  findObjective(id: string): Promise<Objective | undefined>;
  listKeyResults(): Promise<KeyResult[]>;
  findKeyResult(id: string): Promise<KeyResult | undefined>;
  /** The ones of these key results (and objectives) that exist, by id: reads only what is asked. */
  findKeyResults(ids: readonly string[]): Promise<Map<string, KeyResult>>;
  findObjectives(ids: readonly string[]): Promise<Map<string, Objective>>;
  saveObjective(objective: Objective): Promise<void>;
  saveKeyResult(keyResult: KeyResult): Promise<void>;
  /** Stores the check-in and the key result it changed together, or neither. */
  saveCheckIn(keyResult: KeyResult, checkIn: CheckIn): Promise<void>;
  listCheckIns(keyResultId: string): Promise<CheckIn[]>;
  /** Removes a key result with its check-ins. */
  deleteKeyResult(id: string): Promise<void>;
  /** Removes an objective with its key results and their check-ins. */
  deleteObjective(id: string): Promise<void>;
}
