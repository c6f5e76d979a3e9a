import { existsSync, rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SiteData } from './jira-emulator';
import { csvSiteNow, loadCsvSite } from './datasets/csv-site';
import { seedDemoOkrs } from './datasets/demo-okrs';
import { createDemoSite } from './datasets/demo-site';
import { cycleContaining } from '../src/domain/cycle';
import { buildCustomUi } from './host/custom-ui-build';
import { DEFAULT_PORT, startHost, type StartHostOptions } from './host/server';
import { HttpJiraTransport, httpJiraConfigFromEnv } from './runtime/jira/http-jira-transport';
import { loadManifest } from './runtime/manifest/manifest';

/**
 * `npm start [-- --dataset <csv>] [--port <n>] [--fresh]`: the app on a local Jira + Forge.
 * PORT (default 4570) may also come from the environment. With JIRA_BASE_URL, JIRA_EMAIL and
 * JIRA_API_TOKEN set, Jira calls go to that real site instead (every call runs as that account).
 */
const { values } = parseArgs({
  options: {
    dataset: { type: 'string' },
    port: { type: 'string' },
    fresh: { type: 'boolean', default: false },
    manifest: { type: 'string', default: 'manifest.yml' },
  },
});

function loadSite(): { name: string; site: SiteData; now?: () => Date } {
  if (!values.dataset) return { name: 'demo', site: createDemoSite(new Date()) };
  const site = loadCsvSite(resolve(values.dataset));
  const offset = csvSiteNow(site).getTime() - Date.now();
  // The dataset's story happened in the past: run the emulator's clock from "one week into the active sprint".
  return { name: basename(values.dataset).replace(/\.[^.]+$/, ''), site, now: () => new Date(Date.now() + offset) };
}

async function main(): Promise<void> {
  const manifestPath = resolve(values.manifest ?? 'manifest.yml');
  const real = httpJiraConfigFromEnv();
  const { name, site, now } = loadSite();
  const storageFile = resolve('.local-data', `${real ? 'real-jira' : name}.sqlite`);
  if (values.fresh) for (const suffix of ['', '-wal', '-shm']) rmSync(`${storageFile}${suffix}`, { force: true });
  buildCustomUi(loadManifest(manifestPath));
  const options: StartHostOptions = {
    port: Number(values.port ?? process.env['PORT'] ?? DEFAULT_PORT),
    manifestPath,
    storageFile,
    ...(real ? { jira: new HttpJiraTransport(real), siteUrl: real.baseUrl } : { site, ...(now ? { emulatorNow: now } : {}) }),
  };
  const freshStorage = !existsSync(storageFile);
  const host = await startHost(options);
  if (!real && name === 'demo' && freshStorage) {
    await seedDemoOkrs(host.forge, cycleContaining(new Date()));
    console.log('  Seeded demo OKRs (objectives, key results, links and two past sprints) into fresh storage.');
  }
  console.log(`Local Jira + Forge for ${manifestPath}`);
  console.log(
    `  Jira:    ${real ? `${real.baseUrl} (as ${real.email}; asUser calls run as this account too)` : `emulated "${name}" site at ${host.url}/jira`}`,
  );
  console.log(`  Storage: ${storageFile}`);
  console.log(`  Open     ${host.url}`);
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
