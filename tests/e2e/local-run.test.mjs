// E2E: the README's local run, word by word: `scripts/run-local.sh` (its own free ports and a throw-away data
// directory), then the Playground it started, in headless Chromium. What a new user saw go wrong (issue 20): the
// chat in English (the Playground always sends en-US), the bot called "Test Bot", "Error"/"warning" lines before
// the ready banner, no progress, and README examples that did not work with the demo data.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort, startProcess } from '../../scripts/lib/proc.mjs';
import { launchBrowser, playgroundUi } from './lib/browser.mjs';
import { REPO_ROOT, artifact } from './lib/paths.mjs';

const BANNER = /NaringslivCrm is running \(ready after (\d+) s\)/;

describe('scripts/run-local.sh as the README describes it', { timeout: 420_000 }, () => {
  let run;
  let browser;
  let ui;
  let banner;
  let consoleBeforeBanner;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-run-'));

  before(async () => {
    const [hostPort, tablePort, playgroundPort] = [await freePort(), await freePort(), await freePort()];
    run = startProcess('bash', [path.join(REPO_ROOT, 'scripts/run-local.sh')], {
      cwd: REPO_ROOT,
      name: 'run-local',
      logFile: artifact('local-run-script.log'),
      env: { HOST_PORT: String(hostPort), TABLE_PORT: String(tablePort), PLAYGROUND_PORT: String(playgroundPort), LOCAL_DIR: dir, LOCAL_LOCALE: '' },
    });
    const m = await run.waitForOutput(BANNER, 360_000);
    banner = m;
    consoleBeforeBanner = run.output().slice(0, run.output().search(BANNER));
    const url = run.output().match(/Agents Playground \(chat\): +(http\S+)/)[1];
    browser = await launchBrowser({ logName: 'local-run' });
    ui = playgroundUi(browser.page, { screenshotPrefix: 'local-run-' });
    await ui.open(url);
  }, { timeout: 400_000 });

  after(async () => {
    await browser?.stop();
    await run?.stop('SIGINT', 15_000);
    fs.rmSync(dir, { recursive: true, force: true });
  }, { timeout: 40_000 });

  test('the console shows progress and no "error" or "warning" lines before the ready banner', () => {
    const steps = consoleBeforeBanner.split('\n').filter((l) => /^\[\d\/7 +\d+s\] /.test(l));
    assert.equal(steps.length, 7, `one progress line per step:\n${consoleBeforeBanner}`);
    assert.doesNotMatch(consoleBeforeBanner, /error|warning|NU1603/i);
    assert.ok(Number(banner[1]) >= 0);
  });

  test('the chat is Swedish by default and the bot is called NaringslivCrm', { timeout: 60_000 }, async () => {
    try {
      await ui.openChat('Personal Chat');
      const welcome = await ui.waitForCardText('Välkommen');
      assert.match(await welcome.innerText(), /Välkommen/);
      assert.ok(await browser.page.getByText('NaringslivCrm').first().isVisible(), 'the bot appears as NaringslivCrm');
      assert.equal(await browser.page.getByText('Test Bot').count(), 0, 'not as "Test Bot"');
    } finally {
      await ui.screenshot('1-welcome');
    }
  });

  test('the README examples answer from the demo data: "företag Vikbo"', { timeout: 60_000 }, async () => {
    try {
      const reply = await ui.sendAndWaitForReply('företag Vikbo', { containing: 'Vikbo Kemi AB' });
      assert.match(await reply.innerText(), /Vikbo Kemi AB/);
    } finally {
      await ui.screenshot('2-company');
    }
  });
});
