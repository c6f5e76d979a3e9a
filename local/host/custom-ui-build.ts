import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Manifest } from '../runtime/manifest/manifest';
import { listUiModules } from './module-catalog';

/**
 * Builds each Custom UI resource whose folder has no index.html yet, with the Vite config next
 * to it (`static/<page>/build` ← `static/<page>/vite.config.mts`). Without a config the host
 * serves a placeholder page naming the missing build.
 */
export function buildMissingCustomUi(manifest: Manifest, log: (line: string) => void = console.log): void {
  const folders = new Set(
    listUiModules(manifest)
      .filter((module) => module.render === 'custom')
      .map((module) => manifest.resources.find((r) => r.key === module.resourceKey)?.path)
      .filter((path): path is string => path !== undefined),
  );
  for (const folder of folders) {
    const absolute = join(manifest.dir, folder);
    if (existsSync(join(absolute, 'index.html'))) continue;
    const config = join(dirname(absolute), 'vite.config.mts');
    if (!existsSync(config)) {
      log(`Custom UI ${folder} is not built and has no ${config}: its page shows a placeholder.`);
      continue;
    }
    log(`Building Custom UI ${folder} with ${config}...`);
    const result = spawnSync('npx', ['vite', 'build', '--config', config], { cwd: manifest.dir, stdio: 'inherit' });
    if (result.status !== 0) log(`Vite build of ${folder} failed (exit ${String(result.status)}): its page shows a placeholder.`);
  }
}
