// E2E: in the Agents Playground's Group Chat a working-group member writes "@bot aktivera veckobrev här"; the host's
// "send-digest" command (the scheduler's round, run now instead of Monday 07:00) brings the weekly digest card into
// that group chat, exactly once — a second run sends nothing. Real Playground, headless Chromium.
// The Playground's user is listed in Digest:Activators in appsettings.Development.json.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PLAYGROUND_TENANT_ID } from '../../scripts/lib/playground.mjs';
import { failOnProblems, startStack } from './lib/harness.mjs';
import { runHostCommand } from './lib/host.mjs';
import { artifact } from './lib/paths.mjs';

describe('the weekly digest reaches the working group\'s group chat', { timeout: 170_000 }, () => {
  let stack;
  failOnProblems(() => stack);
  let ui;

  before(async () => {
    stack = await startStack({ name: 'digest' });
    ui = stack.ui;
    await ui.open(stack.playground.url);
    await ui.openChat('Group Chat');
    await ui.waitForQuiet({ quietMs: 1000 });
  }, { timeout: 120_000 });

  after(async () => {
    await stack?.stop();
  }, { timeout: 40_000 });

  test('the group chat is welcomed as the working group, with how to get the digest there', { timeout: 30_000 }, async () => {
    const welcome = await ui.waitForCardText('Hej arbetsgruppen!');
    assert.match(await welcome.innerText(), /aktivera veckobrev här/);
    assert.doesNotMatch(await welcome.innerText(), /Välkommen till Näringslivs-CRM/);
  });

  test('"aktivera veckobrev här" chooses the group chat', { timeout: 40_000 }, async () => {
    try {
      await ui.sendMention('aktivera veckobrev här');
      await ui.waitForBotText('Klart: nätverkets veckobrev kommer till den här konversationen');
    } finally {
      await ui.screenshot('digest-1-activated');
    }
  });

  test('send-digest brings the digest card to the group chat once', { timeout: 90_000 }, async () => {
    const env = { tablesConnectionString: stack.azurite.connectionString, tenantId: PLAYGROUND_TENANT_ID };
    try {
      await runHostCommand(['seed-demo'], { ...env, logFile: artifact('digest-seed.log') });
      await runHostCommand(['send-digest'], { ...env, logFile: artifact('digest-send-1.log') });
      const card = await ui.waitForCardText(/Veckobrev v\. \d+/);
      const text = await card.innerText();
      for (const part of ['Per kommun', 'Oskarshamn', 'Vanligaste behoven', 'Kritisk massa', 'Varningssignaler']) {
        assert.ok(text.includes(part), `digest card shows "${part}"`);
      }

      await runHostCommand(['send-digest'], { ...env, logFile: artifact('digest-send-2.log') });
      await ui.waitForQuiet({ quietMs: 1500 });
      assert.equal(await ui.cards().filter({ hasText: /Veckobrev v\. \d+/ }).count(), 1, 'the week\'s digest arrives once');
    } finally {
      await ui.screenshot('digest-2-card');
    }
  });
});
