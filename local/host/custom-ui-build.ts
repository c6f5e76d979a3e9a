import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Manifest } from '../runtime/manifest/manifest';
import { listUiModules } from './module-catalog';

/**
 * Builds each Custom UI resource with the Vite config next to it (`static/<page>/build` ←
 * `static/<page>/vite.config.mts`) on every start, so the host never serves a build older than
 * the source (a build takes about a second). A folder with no config is served as it is, or as
 * a placeholder naming the missing build.
 */
export function buildCustomUi(manifest: Manifest, log: (line: string) => void = console.log): void {
  const folders = new Set(
    listUiModules(manifest)
      .filter((module) => module.render === 'custom')
      .map((module) => manifest.resources.find((r) => r.key === module.resourceKey)?.path)
      .filter((path): path is string => path !== undefined),
  );
  for (const folder of folders) {
    const absolute = join(manifest.dir, folder);
    const config = join(dirname(absolute), 'vite.config.mts');
    if (!existsSync(config)) {
      if (!existsSync(join(absolute, 'index.html'))) log(`Custom UI ${folder} is not built and has no ${config}: its page shows a placeholder.`);
      continue;
    }
    log(`Building Custom UI ${folder} with ${config}...`);
    const result = spawnSync('npx', ['vite', 'build', '--config', config], { cwd: manifest.dir, stdio: 'inherit' });
    if (result.status !== 0) log(`Vite build of ${folder} failed (exit ${String(result.status)}): its page shows a placeholder.`);
  }
}
