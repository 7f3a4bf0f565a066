// E2E: a follow-up that is due brings the officer a proactive reminder card in Personal Chat; pressing "Klar" with
// an återkoppling note updates that card in place — in the real Agents Playground, headless Chromium.
// The demo data gives the Playground's user (Alex Wilber) follow-ups that are overdue or due soon; the host's
// "send-reminders" command (the scheduler's plan + dispatch, run now instead of at the next office hour) sends them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PLAYGROUND_TENANT_ID } from '../../scripts/lib/playground.mjs';
import { failOnProblems, startStack } from './lib/harness.mjs';
import { runHostCommand } from './lib/host.mjs';
import { artifact } from './lib/paths.mjs';

const NOTE = 'Ringde och gav besked om tomten.';

describe('a due follow-up reminds its owner with a card that updates in place', { timeout: 170_000 }, () => {
  let stack;
  failOnProblems(() => stack);
  let ui;

  before(async () => {
    stack = await startStack({ name: 'reminders' });
    ui = stack.ui;
    await ui.open(stack.playground.url);
    await ui.openChat('Personal Chat');
    await ui.waitForCardText('Välkommen');
    await ui.waitForQuiet({ quietMs: 1000 });
  }, { timeout: 120_000 });

  after(async () => {
    await stack?.stop();
  }, { timeout: 40_000 });

  test('send-reminders brings the proactive follow-up card to Personal Chat', { timeout: 80_000 }, async () => {
    const env = { tablesConnectionString: stack.azurite.connectionString, tenantId: PLAYGROUND_TENANT_ID };
    try {
      await runHostCommand(['seed-demo'], { ...env, logFile: artifact('reminders-seed.log') });
      await runHostCommand(['send-reminders'], { ...env, logFile: artifact('reminders-send.log') });
      const card = await ui.waitForCardText('Försenad uppföljning');
      const text = await card.innerText();
      assert.match(text, /Företag/);
      assert.match(text, /Historik/);
      for (const button of ['Klar', 'Skjut upp', 'Tilldela om']) {
        assert.ok(await card.getByRole('button', { name: button, exact: true }).count(), `button ${button}`);
      }
      // "Skjut upp" opens the choices, each in words (issue 20: "+1 / +3 / +7" needed words).
      await ui.clickCardAction('Skjut upp', { card });
      for (const button of ['Skjut upp 1 arbetsdag', 'Skjut upp 3 arbetsdagar', 'Skjut upp 7 arbetsdagar']) {
        assert.ok(await card.getByRole('button', { name: button, exact: true }).count(), `button ${button}`);
      }
      await ui.clickCardAction('Skjut upp', { card }); // closed again for the next step
    } finally {
      await ui.screenshot('1-reminder');
    }
  });

  test('"Klar" with a note replaces the card with the closed follow-up and who closed it', { timeout: 40_000 }, async () => {
    try {
      const card = await ui.waitForCardText('Försenad uppföljning');
      await ui.clickCardAction('Klar', { card });
      await ui.fillCardInput('Återkoppling till företaget', NOTE, { card });
      await ui.clickCardAction('Klarmarkera', { card });
      const updated = await ui.waitForCardText(`klar – ${NOTE}`);
      const text = await updated.innerText();
      assert.match(text, /Alex Wilber: klar/);
      assert.equal(await updated.getByRole('button', { name: 'Klar', exact: true }).count(), 0, 'no actions on a closed follow-up');
    } finally {
      await ui.screenshot('2-closed');
    }
  });
});
