// E2E: the tab in headless Chromium against the real host with demo data (development sign-in, which signs real
// JWTs that go through the same validation as Teams SSO tokens). A manager filters overdue follow-ups, reassigns
// one, exports CSV and opens a company timeline; axe-core checks every view (no serious or critical violations).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, afterEach, before, describe, test } from 'node:test';
import { startAzurite } from '../../scripts/lib/azurite.mjs';
import { launchBrowser, newPageProblems } from './lib/browser.mjs';
import { hostLogProblems, runHostCommand, startHost } from './lib/host.mjs';
import { REPO_ROOT, artifact } from './lib/paths.mjs';

const TENANT = '00000000-0000-0000-0000-0000000000001';
const DEMO_USERS = [
  { userId: 'demo-anna', name: 'Anna Lindqvist', roles: ['manager', 'officer'] },
  { userId: 'demo-erik', name: 'Erik Johansson', roles: ['officer'] },
  { userId: 'demo-sara', name: 'Sara Nilsson', roles: ['officer'] },
];

/** Settings for the tab API: explicit development token issuer with the demo users (off by default). */
function tabEnv() {
  const env = { TabAuth__DevTokens__Enabled: 'true', TabAuth__ClientId: '00000000-0000-0000-0000-00000000abcd' };
  DEMO_USERS.forEach((u, i) => {
    env[`TabAuth__DevTokens__Users__${i}__UserId`] = u.userId;
    env[`TabAuth__DevTokens__Users__${i}__Name`] = u.name;
    env[`TabAuth__DevTokens__Users__${i}__MunicipalityCode`] = '0882';
    u.roles.forEach((r, j) => { env[`TabAuth__DevTokens__Users__${i}__Roles__${j}`] = r; });
  });
  return env;
}

async function axeCheck(page, view) {
  await page.addScriptTag({ path: path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js') });
  // Fluent UI's focus manager (tabster) adds invisible <i data-tabster-dummy tabindex=0 aria-hidden> sentinels that
  // only hand focus on to real controls; axe flags them as aria-hidden-focus. They are excluded, nothing else is.
  const result = await page.evaluate(async () => await window.axe.run(
    { include: [['body']], exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  fs.writeFileSync(artifact(`tab-axe-${view}.json`), JSON.stringify(result.violations, null, 2));
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`), [], `axe on ${view}`);
}

describe('the tab for a manager', { timeout: 170_000 }, () => {
  let azurite;
  let host;
  let browser;
  let page;
  let logFrom = 0;

  // Every step fails when the tab showed an error (its error region, an error bar, a dialog's alert, "Något gick
  // fel") or the host logged an error during it.
  afterEach(async () => {
    if (!page) return;
    const shown = await newPageProblems(page, { extraSelector: '[data-testid="error-message"] > *, [role="alert"]:not([data-testid="error-message"])' });
    const log = hostLogProblems(host.proc, logFrom);
    logFrom = log.next;
    const all = [...shown.map((p) => `page: ${p}`), ...log.problems.map((p) => `host log: ${p}`)];
    assert.deepEqual(all, [], 'something went wrong during this step');
  });

  before(async () => {
    azurite = await startAzurite({ logFile: artifact('tab-azurite.log') });
    const settings = { tablesConnectionString: azurite.connectionString, tenantId: TENANT, extraEnv: tabEnv() };
    await runHostCommand(['seed-demo'], { ...settings, logFile: artifact('tab-seed.log') });
    host = await startHost({ ...settings, logFile: artifact('tab-host.log') });
    browser = await launchBrowser({ logName: 'tab' });
    page = browser.page;
    await page.goto(`${host.baseUrl}/tab/`);
    await page.getByTestId('dev-signin').waitFor();
    await page.getByTestId('dev-user-select').selectOption('demo-anna');
    await page.getByTestId('dev-signin-submit').click();
    await page.getByTestId('signed-in-user').waitFor();
  }, { timeout: 120_000 });

  after(async () => {
    await browser?.stop();
    await host?.stop();
    await azurite?.stop();
  }, { timeout: 40_000 });

  test('my follow-ups view is accessible', { timeout: 30_000 }, async () => {
    await page.getByTestId('view-mine').waitFor();
    await page.screenshot({ path: artifact('tab-1-mine.png') });
    await axeCheck(page, 'mine');
  });

  test('filtering overdue follow-ups shows only overdue rows', { timeout: 30_000 }, async () => {
    await page.getByTestId('nav-followups').click();
    await page.getByTestId('view-followups').waitFor();
    await page.getByTestId('filter-due').selectOption('overdue');
    const rows = page.locator('[data-testid^="followup-row-"]');
    await rows.first().waitFor();
    const overdue = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-overdue')));
    assert.ok(overdue.length > 0, 'the demo data has overdue follow-ups');
    assert.ok(overdue.every((o) => o === 'true'), `every row overdue: ${overdue}`);
    // issue 20: a due date never wraps inside its cell ("2026-12-\n04")
    const dueLines = await page.getByTestId('due-cell').evaluateAll((els) => els.map((e) => {
      const range = document.createRange();
      range.selectNodeContents(e.firstChild);
      return range.getClientRects().length;
    }));
    assert.ok(dueLines.every((n) => n === 1), `each due date on one line: ${dueLines}`);
    await page.screenshot({ path: artifact('tab-2-overdue.png') });
    await axeCheck(page, 'followups');
  });

  test('the page stays visible behind the open "Skjut upp" menu (no opaque layer)', { timeout: 30_000 }, async () => {
    await page.locator('[data-testid^="postpone-"]').first().click();
    await page.getByRole('menu').waitFor();
    const heading = page.locator('#followups-heading');
    const box = await heading.boundingBox();
    const onTop = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.closest('#followups-heading') !== null,
      [box.x + 10, box.y + box.height / 2]);
    assert.ok(onTop, 'the heading is what is seen at its place while the menu is open');
    const opaque = await page.evaluate(() => [...document.body.children].filter((e) => !e.id && getComputedStyle(e).minHeight !== '0px'
      && getComputedStyle(e).minHeight !== 'auto').length);
    assert.equal(opaque, 0, 'no full-height layer beside the app');
    await page.screenshot({ path: artifact('tab-2b-postpone-menu.png') });
    await page.keyboard.press('Escape');
  });

  test('reassigning a selected follow-up to Sara confirms it and the row shows her as its owner', { timeout: 30_000 }, async () => {
    const row = page.locator('[data-testid^="followup-row-"]').filter({ hasNotText: 'Sara Nilsson' }).first();
    const id = (await row.getAttribute('data-testid')).slice('followup-row-'.length);
    await page.getByTestId(`select-${id}`).check();
    await page.getByTestId('reassign-selected').click();
    await page.getByTestId('reassign-owner').selectOption('demo-sara');
    await page.getByTestId('reassign-submit').click();
    const status = page.getByTestId('status-message');
    await status.filter({ hasText: '1 uppföljningar har tilldelats Sara Nilsson.' }).waitFor();
    assert.doesNotMatch(await status.innerText(), /kunde inte/, 'no conflict');
    await page.getByTestId(`followup-row-${id}`).filter({ hasText: 'Sara Nilsson' }).waitFor();
    await page.screenshot({ path: artifact('tab-3-reassigned.png') });
  });

  test('CSV export downloads a semicolon file with a BOM and Swedish headers', { timeout: 30_000 }, async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const file = artifact('tab-export.csv');
    await download.saveAs(file);
    const bytes = fs.readFileSync(file);
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const header = bytes.subarray(3).toString('utf8').split(/\r?\n/)[0];
    assert.match(header, /;/);
    assert.match(header, /Företag/);
  });

  test('a company page shows its whole timeline', { timeout: 30_000 }, async () => {
    await page.getByTestId('nav-companies').click();
    await page.getByTestId('view-companies').waitFor();
    await page.locator('[data-testid^="company-link-"]').first().click();
    await page.getByTestId('company-timeline').waitFor();
    assert.ok(await page.getByTestId('timeline-entry').count() > 0, 'timeline entries');
    await page.screenshot({ path: artifact('tab-4-company.png') });
    await axeCheck(page, 'company');
  });

  test('the service level view is accessible', { timeout: 30_000 }, async () => {
    await page.getByTestId('nav-serviceLevel').click();
    await page.getByTestId('view-service-level').waitFor();
    await page.getByTestId('service-level-table').waitFor();
    await page.screenshot({ path: artifact('tab-5-service-level.png') });
    await axeCheck(page, 'service-level');
  });

  test('the data protection view shows the audit log of what the manager just did, and is accessible', { timeout: 30_000 }, async () => {
    await page.getByTestId('nav-privacy').click();
    await page.getByTestId('view-privacy').waitFor();
    const table = page.getByTestId('audit-table');
    await table.waitFor();
    assert.match(await table.innerText(), /company/, 'the company page read above is in the audit log');
    await page.getByTestId('retention-run').click();
    await page.getByText(/Ingenting att gallra i dag|poster skulle gallras/).first().waitFor();
    await page.screenshot({ path: artifact('tab-6-privacy.png') });
    await axeCheck(page, 'privacy');
  });
});
