import type { Browser, Frame, Page } from 'playwright-core';
import type { RunningHost } from '../../../local/host/server';
import { describeInBrowser, launchChromium } from './chromium';
import { ALEX, startTinyHost } from './tiny-host';

let host: RunningHost;
let browser: Browser;
let page: Page;

async function openAsAlex(path: string): Promise<void> {
  await page.goto(`${host.url}/`);
  await page.evaluate((accountId) => localStorage.setItem('localForge.accountId', accountId), ALEX);
  await page.goto(`${host.url}${path}`);
}

async function frameOf(moduleKey: string): Promise<Frame> {
  const element = await page.waitForSelector(`iframe[data-module-key="${moduleKey}"]`);
  const frame = await element.contentFrame();
  if (!frame) throw new Error(`no frame for ${moduleKey}`);
  return frame;
}

describeInBrowser('the host page in Chromium', (chromiumPath) => {
  beforeAll(async () => {
    host = await startTinyHost();
    browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(() => page.close());

  it('shows the UI Kit issue panel with its issue when the issue view opens', async () => {
    await openAsAlex('/browse/SHOP-14');
    const panel = await frameOf('tiny-panel');
    await panel.getByText('Tiny panel for SHOP-14').waitFor();
  });

  it('re-renders the panel when its button is clicked', async () => {
    await openAsAlex('/browse/SHOP-15');
    const panel = await frameOf('tiny-panel');
    await panel.getByText('Count: 0').waitFor();
    await panel.getByRole('button', { name: 'Add one' }).click();
    await panel.getByText('Count: 1').waitFor();
  });

  it('keeps focus and every typed character in a controlled Textfield', async () => {
    await openAsAlex('/browse/SHOP-16');
    const panel = await frameOf('tiny-panel');
    const field = panel.locator('input[name="note"]');
    await field.click();
    await field.pressSequentially('okr');
    await panel.getByText('Note: okr').waitFor();
    expect(await field.evaluate((input) => input === document.activeElement)).toBe(true);
  });

  it('shows the Custom UI project page with the project from its context', async () => {
    await openAsAlex('/projects/SHOP/apps/tiny-project-page');
    const projectPage = await frameOf('tiny-project-page');
    await projectPage.getByText('Project SHOP').waitFor();
  });

  it('lists the app sprint action in the sprint menu of the backlog', async () => {
    await openAsAlex('/projects/SHOP/backlog');
    await page.getByRole('button', { name: 'Actions for SHOP Sprint 3' }).click();
    await page.getByRole('menuitem', { name: 'Tiny sprint action' }).waitFor();
  });
});
