import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { browserBuildOptions } from '../local/host/bundler';
import { parse } from 'yaml';
import { PROJECT_PAGE_BUNDLE } from './goals';
import type { BundleSize } from './results';

const KB = 1024;
const PROJECT_PAGE_ASSETS = 'static/project-page/build/assets';

/**
 * The JS of the Custom UI build, as Vite wrote it. Builds it first when missing and `build` is
 * set; otherwise answers undefined (quick mode must not spend its budget on Vite).
 */
export function projectPageBundle(root: string, build: boolean, log: (line: string) => void): BundleSize | undefined {
  const assets = join(root, PROJECT_PAGE_ASSETS);
  if (!existsSync(assets) && build) {
    log('  building the project page (npm run build)...');
    spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  }
  if (!existsSync(assets)) return undefined;
  const files = readdirSync(assets)
    .filter((file) => file.endsWith('.js'))
    .sort();
  return sized(
    PROJECT_PAGE_BUNDLE,
    files,
    files.map((file) => readFileSync(join(assets, file))),
  );
}

/**
 * Each UI Kit resource of manifest.yml (a source file, `render: native`) bundled with esbuild as
 * local/host/bundler.ts does, in production mode (minified, no source map): what would ship, not
 * the dev build the host serves.
 */
export async function uiKitBundles(root: string, manifestPath: string): Promise<BundleSize[]> {
  const manifest = parse(readFileSync(manifestPath, 'utf8')) as { resources?: { key: string; path: string }[] };
  const sources = (manifest.resources ?? []).filter((resource) => /\.(t|j)sx?$/.test(resource.path));
  const sizes: BundleSize[] = [];
  for (const resource of sources) {
    const result = await esbuild.build(browserBuildOptions(resource.path, root, 'production'));
    const output = result.outputFiles[0];
    if (!output) throw new Error(`esbuild produced no output for ${resource.path}`);
    sizes.push(sized(`${resource.key} (UI Kit)`, [resource.path], [Buffer.from(output.contents)]));
  }
  return sizes;
}

function sized(name: string, files: string[], contents: Buffer[]): BundleSize {
  return {
    name,
    files,
    rawKb: contents.reduce((sum, content) => sum + content.length, 0) / KB,
    gzipKb: contents.reduce((sum, content) => sum + gzipSync(content).length, 0) / KB,
  };
}
