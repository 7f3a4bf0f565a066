// E2E: the real Agents Playground in headless Chromium against the bot host.
// Run: node --test tests/e2e/   (needs `npm ci` and a built bot: dotnet build)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startStack } from './lib/harness.mjs';

// Expected bot texts — align these with the bot's resources.
export const WELCOME_TEXT = 'Välkommen';     // welcome card, sent on installationUpdate (add)
export const HELP_COMMAND = 'hjälp';          // the help command the user types
export const HELP_CARD_TEXT = 'Kommandon';    // heading of the help card
export const UNKNOWN_COMMAND = 'blaha';       // something the bot does not understand
export const HINT_TEXT = 'hjälp';             // the hint for unknown input mentions the help command

describe('welcome and help in Personal Chat', { timeout: 170_000 }, () => {
  let stack;
  let ui;

  before(async () => {
    stack = await startStack({ name: 'welcome-help' });
    ui = stack.ui;
    await ui.open(stack.playground.url);
  }, { timeout: 120_000 });

  after(async () => {
    await stack?.stop();
  }, { timeout: 40_000 });

  test('a welcome card is sent on install', { timeout: 30_000 }, async () => {
    await ui.openChat('Personal Chat');
    try {
      const card = await ui.waitForCardText(WELCOME_TEXT);
      assert.match(await card.innerText(), new RegExp(WELCOME_TEXT));
    } finally {
      await ui.screenshot('1-welcome');
    }
  });

  test(`"${HELP_COMMAND}" answers with the help card`, { timeout: 30_000 }, async () => {
    try {
      const reply = await ui.sendAndWaitForReply(HELP_COMMAND);
      const card = await ui.waitForCardText(HELP_CARD_TEXT);
      assert.equal(await reply.locator('.ac-adaptiveCard').count(), 1, 'the reply is an Adaptive Card');
      assert.match(await card.innerText(), new RegExp(HELP_CARD_TEXT));
    } finally {
      await ui.screenshot('2-help');
    }
  });

  test(`unknown input "${UNKNOWN_COMMAND}" gets a hint to type "${HELP_COMMAND}"`, { timeout: 30_000 }, async () => {
    try {
      const reply = await ui.sendAndWaitForReply(UNKNOWN_COMMAND);
      // Checked on the reply itself: the welcome and help cards also contain the word.
      assert.match(await reply.innerText(), new RegExp(HINT_TEXT, 'i'));
    } finally {
      await ui.screenshot('3-hint');
    }
  });
});
