import type { Browser, Frame, Page } from 'playwright-core';
import { csvSiteNow, loadCsvSite } from '../../local/datasets/csv-site';
import { DEMO_USERS } from '../../local/datasets/demo-site';
import { startHost, type RunningHost } from '../../local/host/server';
import { describeInBrowser, launchChromium } from '../local/host/chromium';
import { describeWithShared, sharedPath } from '../support/shared-material';
import { expectedFigures, pickScenario } from './xd-scenario';

const CSV = 'datasets/XD_issues.csv';

describeWithShared(CSV, 'the main loop on Spring XD', () =>
  describeInBrowser('clicked through the host page in Chromium', (chromiumPath) => {
    const site = loadCsvSite(sharedPath(CSV));
    const scenario = pickScenario(site);
    const expected = expectedFigures(site, scenario);
    const krTitle = 'Deliver the runtime work';
    let host: RunningHost;
    let browser: Browser;
    let page: Page;

    const open = async (path: string) => {
      await page.goto(`${host.url}${path}`);
    };
    const frameOf = async (moduleKey: string): Promise<Frame> => {
      const frame = await (await page.waitForSelector(`iframe[data-module-key="${moduleKey}"]`)).contentFrame();
      if (!frame) throw new Error(`No frame for ${moduleKey}`);
      return frame;
    };
    const tagWithKeyResult = async (issueKey: string) => {
      await open(`/browse/${issueKey}`);
      const panel = await frameOf('okr-issue-panel');
      await panel.getByRole('button', { name: 'Tag key results' }).click();
      await panel.locator('select').selectOption({ label: `${krTitle} · Stream processing in production (2026 Q4)` });
      await panel.getByRole('button', { name: 'Save' }).click();
      await panel.getByText('Supports 1 key result').waitFor();
      // The sidebar context hears the panel's change and shows it without a reload.
      await (await frameOf('okr-issue-context')).getByText(krTitle).waitFor();
    };
    const markDone = async (issueKey: string) => {
      await open(`/browse/${issueKey}`);
      await page.getByLabel('Change status').selectOption({ label: '→ Done' });
      await page.locator('.issue-view__status .lozenge', { hasText: 'Done' }).waitFor();
    };

    beforeAll(async () => {
      host = await startHost({ port: 0, site, storageFile: ':memory:', emulatorNow: () => csvSiteNow(site), logError: () => undefined });
      browser = await launchChromium(chromiumPath);
      page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
      await page.goto(`${host.url}/`);
      await page.evaluate((accountId) => localStorage.setItem('localForge.accountId', accountId), DEMO_USERS.alex.accountId);
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await host?.close();
    });

    it('creates an objective and a story-points key result on the project page', async () => {
      await open('/projects/XD/apps/okr-project-page');
      const okrs = await frameOf('okr-project-page');
      await okrs.getByRole('button', { name: 'New objective' }).click();
      await okrs.locator('#objective-title').fill('Stream processing in production');
      await okrs.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
      await okrs.getByText('Stream processing in production').waitFor();
      await okrs.getByRole('button', { name: 'Add key result' }).click();
      await okrs.locator('#kr-title').fill(krTitle);
      await okrs.locator('#kr-kind').selectOption('storyPoints');
      await okrs.getByRole('dialog').getByRole('button', { name: 'Add key result' }).click();
      await okrs.getByText(krTitle).waitFor();
    }, 60_000);

    it('tags the epic and a story from the issue panel; the epic’s child shows the key result through its epic', async () => {
      await tagWithKeyResult(scenario.epic.key);
      await tagWithKeyResult(scenario.direct.key);
      await open(`/browse/${scenario.throughEpic.key}`);
      const panel = await frameOf('okr-issue-panel');
      await panel.getByText(krTitle).waitFor();
      await panel.getByText(`via epic ${scenario.epic.key}`).waitFor();
    }, 60_000);

    it('shows the planner which planned work moves the key result, from the sprint’s ••• menu', async () => {
      await open('/projects/XD/backlog');
      await page.getByRole('button', { name: `Actions for ${scenario.active.name}` }).click();
      await page.getByRole('menuitem', { name: 'OKR view of this sprint' }).click();
      const planner = await frameOf('okr-sprint-action');
      await planner.getByText(krTitle).waitFor();
      await planner.getByText(scenario.direct.key, { exact: true }).waitFor();
      await planner.getByText(scenario.throughEpic.key, { exact: true }).waitFor();
      await planner.getByText(/^Supports no key result \(\d+\)$/).waitFor();
      await page.keyboard.press('Escape');
    }, 60_000);

    it('shows the key result moved by the sprint on the project page after Complete sprint', async () => {
      await markDone(scenario.throughEpic.key);
      await markDone(scenario.direct.key);
      await open('/projects/XD/backlog');
      await page.getByRole('button', { name: 'Complete sprint' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Complete sprint' }).click();
      await page.getByText(`${scenario.active.name} completed`).waitFor();

      await open('/projects/XD/apps/okr-project-page');
      const okrs = await frameOf('okr-project-page');
      const row = okrs.locator(`[data-testid^="ledger-${scenario.active.id}-"]`);
      await row.waitFor();
      expect(await row.locator('td').first().textContent()).toBe(krTitle);
      expect(await okrs.locator(`[data-testid^="ledger-values-${scenario.active.id}-"]`).textContent()).toBe(`${expected.before} → ${expected.after} pts`);
      expect(await okrs.locator(`[data-testid^="ledger-delta-${scenario.active.id}-"]`).textContent()).toBe(`+${expected.moved}`);
    }, 90_000);
  }),
);
