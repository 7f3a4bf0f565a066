// E2E: the message extension in the real Agents Playground (headless Chromium): the search command "Sök företag"
// (composeExtension/query) and the message action "Logga som kontakt" (composeExtension/fetchTask + submitAction).
// The Playground does not read manifest/manifest.json: the command ids and the search parameter name are typed into
// its own dialogs (see docs/testing-e2e.md "Message extensions").
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { exactText, messageExtensionUi } from './lib/browser.mjs';
import { failOnProblems, startStack } from './lib/harness.mjs';

// From manifest/manifest.json composeExtensions[0].commands.
const SEARCH_COMMAND = 'sokForetag';
const SEARCH_PARAMETER = 'query';
const ACTION_COMMAND = 'loggaKontakt';
const ACTION_TITLE = 'Logga som kontakt';

const NOTE = 'Besök Nordverk 556036-0793: behöver 40 svetsare';
const BAD_NOTE = 'Besök Testverk 556036-0794: behöver 3 elektriker'; // checksum digit should be 3
const FOLLOW_UP = 'Ring VD om svetsarna';
// Dates on cards carry non-breaking hyphens (U+2011) so they never break at Teams' narrow width.
const RECENT_VISIT = /\d{4}[-\u2011]\d\d[-\u2011]\d\d · Besök – Alex Wilber/g;

describe('message extension: "Sök företag" and "Logga som kontakt"', { timeout: 170_000 }, () => {
  let stack;
  failOnProblems(() => stack);
  let ui;
  let me;
  let page;

  /** "+" → Search Command → sokForetag/query → types query → clicks the result titled name → the card in the box. */
  async function searchAndChoose(query, name) {
    const search = await me.openSearch({ commandId: SEARCH_COMMAND, parameterName: SEARCH_PARAMETER });
    await search.pressSequentially(query, { delay: 30 });
    const hit = me.searchResults(name).first();
    await hit.waitFor();
    await ui.screenshot(`search-${query}`);
    await hit.click();
    const card = me.composeCards().filter({ hasText: exactText(name) }).last();
    await card.waitFor();
    return card;
  }

  before(async () => {
    stack = await startStack({ name: 'message-extension' });
    ui = stack.ui;
    page = stack.page;
    me = messageExtensionUi(page);
    await ui.open(stack.playground.url);
    await ui.openChat('Personal Chat');
    await ui.waitForCardText('Välkommen');
    await ui.waitForQuiet({ quietMs: 1000 });
    // Register the firm "Nordverk" through the chat (quick capture → draft → Spara), as log-contact.test.mjs does.
    const draft = await ui.sendAndWaitForReply(NOTE, { containing: 'Utkast från ditt meddelande' });
    await ui.fillCardInput('Vad ska vi göra? (ansvarig: du)', FOLLOW_UP, { card: draft });
    await ui.clickCardAction('Spara', { card: draft });
    await ui.waitForCardText('Kontakten är sparad');
  }, { timeout: 120_000 });

  after(async () => {
    await stack?.stop();
  }, { timeout: 40_000 });

  test('search "Nord" lists Nordverk; choosing it puts the company card into the compose box; it can be sent', { timeout: 40_000 }, async () => {
    try {
      const card = await searchAndChoose('Nord', 'Nordverk');
      await ui.screenshot('1-card-in-compose');
      const text = await card.innerText();
      assert.match(text, /^Nordverk/, 'the card starts with the company name');
      assert.match(text, /Senaste kontakter/);
      assert.equal(text.match(RECENT_VISIT)?.length, 1, `one recent visit in:\n${text}`);
      assert.match(text, /Öppna uppföljningar/);
      assert.match(text, new RegExp(FOLLOW_UP), 'the open follow-up is listed');

      // Sending posts the card into the chat as the user's own message and empties the compose box.
      await page.getByRole('button', { name: 'Send Message' }).click();
      await me.userCards().filter({ hasText: exactText('Öppna uppföljningar') }).last().waitFor();
      assert.equal(await me.composeCards().count(), 0, 'compose box is empty after sending');
    } finally {
      await ui.screenshot('2-card-sent');
    }
  });

  test('"Logga som kontakt" on a message opens the prefilled form; "Spara" saves it', { timeout: 50_000 }, async () => {
    const dialog = me.actionDialog();
    try {
      await ui.waitForQuiet();
      await me.runMessageAction(NOTE, { commandId: ACTION_COMMAND });
      const form = dialog.locator('.ac-adaptiveCard');
      await form.waitFor();
      await ui.screenshot('3-action-dialog');
      assert.match(await dialog.innerText(), new RegExp(ACTION_TITLE), 'the task title is shown in the dialog header');
      const values = await form.locator('input, textarea').evaluateAll((els) => els.map((e) => e.value));
      assert.ok(values.includes(NOTE), `the message text prefilled as notes in ${JSON.stringify(values)}`);
      assert.ok(values.includes('5560360793'), `the company (org number) prefilled in ${JSON.stringify(values)}`);
      assert.ok(values.some((v) => /Kompetensförsörjning/.test(v)), `need category preselected in ${JSON.stringify(values)}`);
      assert.match(await form.innerText(), /▲ Expansion: Nyanställningar – 40\s+jobb/, 'the hiring signal from the message, with its kind');

      await form.getByRole('button', { name: 'Spara', exact: true }).click();
      await dialog.getByText('Kontakten är sparad.', { exact: true }).waitFor();
    } finally {
      await ui.screenshot('4-action-saved');
    }
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('a wrong org number: the dialog shows ⚠; "Spara" with another wrong one returns the dialog with a new ⚠', { timeout: 50_000 }, async () => {
    const dialog = me.actionDialog();
    try {
      await ui.sendAndWaitForReply(BAD_NOTE, { containing: 'Kontrollsiffran' }); // the chat's own draft, not under test
      await ui.waitForQuiet();
      await me.runMessageAction(BAD_NOTE, { commandId: ACTION_COMMAND });
      const form = dialog.locator('.ac-adaptiveCard');
      await form.waitFor();
      assert.match(await form.innerText(), /⚠ Kontrollsiffran stämmer inte/, 'fetchTask: checksum warning in the form');
      await ui.screenshot('5-invalid-dialog');
      // An empty required field is stopped by the card renderer itself ("Ange organisationsnummer"), without a call
      // to the bot; a non-empty wrong value goes to the bot (submitAction), which answers with the dialog again.
      // The company text field (name or org number; typeahead is missing in the Playground), by its placeholder.
      await ui.fillCardInput('t.ex. Vikbo Kemi eller 556036-0793', '123', { card: form });
      await form.getByRole('button', { name: 'Spara', exact: true }).click();
      await dialog.locator('.ac-adaptiveCard').filter({ hasText: exactText('⚠ Organisationsnumret ska ha tio siffror') }).waitFor();
      assert.doesNotMatch(await dialog.innerText(), /Kontakten är sparad/);
    } finally {
      await ui.screenshot('6-invalid-submitted');
    }
    await dialog.getByRole('button', { name: 'Close' }).first().click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('the contact saved by the action shows up in the company card', { timeout: 40_000 }, async () => {
    try {
      // By org number prefix this time; the invalid submission above saved nothing.
      const card = await searchAndChoose('5560', 'Nordverk');
      const text = await card.innerText();
      assert.equal(text.match(RECENT_VISIT)?.length, 2, `two recent visits in:\n${text}`);
    } finally {
      await ui.screenshot('7-card-after-action');
    }
  });
});
