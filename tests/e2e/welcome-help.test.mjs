// E2E: the real Agents Playground in headless Chromium against the bot host.
// Run: node --test tests/e2e/   (needs `npm ci` and a built bot: dotnet build)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { exactText } from './lib/browser.mjs';
import { failOnProblems, startStack } from './lib/harness.mjs';

// Expected bot texts — align these with the bot's resources. Matching is case-sensitive.
// The client locale is sv-SE (tests/e2e/lib/harness.mjs CLIENT_LOCALE; the Playground itself always sends en-US).
export const WELCOME_TEXT = 'Välkommen';     // welcome card, sent on installationUpdate (add)
export const HELP_COMMAND = 'hjälp';          // the help command the user types
export const HELP_CARD_TEXT = 'Kommandon';    // heading of the help card
export const UNKNOWN_COMMAND = 'blaha';       // something the bot does not understand
export const HINT_TEXT = 'hjälp';             // the hint for unknown input mentions the help command

describe('welcome and help in Personal Chat', { timeout: 170_000 }, () => {
  let stack;
  failOnProblems(() => stack);
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

  test('the welcome card is sent once per install, not again for conversationUpdate', { timeout: 30_000 }, async () => {
    // The Playground (like Teams) sends installationUpdate (add) and conversationUpdate (membersAdded incl. the
    // bot) for one install, in either order.
    await ui.waitForQuiet({ quietMs: 1500 });
    assert.equal(await ui.cards().filter({ hasText: exactText(WELCOME_TEXT) }).count(), 1, 'exactly one welcome card');
  });

  test(`"${HELP_COMMAND}" answers with the help card`, { timeout: 30_000 }, async () => {
    try {
      // The first bot message after the user's "hjälp" that contains the heading must be an Adaptive Card.
      const reply = await ui.sendAndWaitForReply(HELP_COMMAND, { containing: HELP_CARD_TEXT });
      assert.equal(await reply.locator('.ac-adaptiveCard').count(), 1, 'the help reply is an Adaptive Card');
      assert.match(await reply.innerText(), new RegExp(HELP_CARD_TEXT));
    } finally {
      await ui.screenshot('2-help');
    }
  });

  test(`unknown input "${UNKNOWN_COMMAND}" gets a hint to type "${HELP_COMMAND}"`, { timeout: 30_000 }, async () => {
    try {
      // Checked on the first reply after the user's message: the welcome and help cards also contain the word.
      const reply = await ui.sendAndWaitForReply(UNKNOWN_COMMAND);
      assert.match(await reply.innerText(), new RegExp(HINT_TEXT));
    } finally {
      await ui.screenshot('3-hint');
    }
  });
});
