import { existsSync } from 'node:fs';

/**
 * `describe` when the dataset file exists, else `describe.skip` with the reason in the suite name:
 * the TAWOS CSVs live outside the repository and may be absent on a fresh clone.
 */
export function datasetOrSkip(csvPath: string): (name: string, suite: () => void) => void {
  if (existsSync(csvPath)) return (name, suite) => describe(name, suite);
  return (name, suite) => describe.skip(`${name} (skipped: dataset ${csvPath} is absent)`, suite);
}
