// E2E: an officer logs a visit from one chat message (quick capture), completes the draft card, saves it,
// then sees and closes the follow-up from "mina uppföljningar" — in the real Agents Playground, headless Chromium.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { failOnProblems, startStack } from './lib/harness.mjs';

const NOTE = 'Besök Nordverk 556036-0793: behöver 40 svetsare till hösten, effektbehov 5 MW';
const FOLLOW_UP = 'Återkoppla om YH-utbildning för svetsare';

describe('log a contact and follow it up in Personal Chat', { timeout: 170_000 }, () => {
  let stack;
  failOnProblems(() => stack);
  let ui;

  before(async () => {
    stack = await startStack({ name: 'log-contact' });
    ui = stack.ui;
    await ui.open(stack.playground.url);
    await ui.openChat('Personal Chat');
    await ui.waitForCardText('Välkommen');
    await ui.waitForQuiet({ quietMs: 1000 });
  }, { timeout: 120_000 });

  after(async () => {
    await stack?.stop();
  }, { timeout: 40_000 });

  test('a free-text note becomes a prefilled draft card', { timeout: 40_000 }, async () => {
    try {
      const draft = await ui.sendAndWaitForReply(NOTE, { containing: 'Utkast från ditt meddelande' });
      const text = await draft.innerText();
      // Each signal says its kind in words (issue 20: a red flag must look different from an expansion signal).
      assert.match(text, /▲ Expansion: Nyanställningar – 40\s+jobb/, 'the hiring signal with its kind and quantity');
      assert.match(text, /▲ Expansion: Energibehov – 5\s+MW/, 'the energy signal with its kind and quantity');
      const values = await draft.locator('input, textarea, button').evaluateAll((els) => els.map((e) => e.value || e.textContent));
      assert.ok(values.some((v) => /Kompetensförsörjning/.test(v)), `need category preselected in ${values}`);
      assert.ok(values.includes('Nordverk'), `new company's name prefilled in ${values}`);
    } finally {
      await ui.screenshot('1-draft');
    }
  });

  test('saving the draft with a follow-up replaces it with a summary', { timeout: 40_000 }, async () => {
    try {
      const draft = await ui.waitForCardText('Utkast från ditt meddelande');
      await ui.fillCardInput('Vad ska vi göra? (ansvarig: du)', FOLLOW_UP, { card: draft });
      await ui.clickCardAction('Spara', { card: draft });
      const summary = await ui.waitForCardText('Kontakten är sparad');
      const text = await summary.innerText();
      assert.match(text, /Nordverk/);
      assert.match(text, new RegExp(FOLLOW_UP));
    } finally {
      await ui.screenshot('2-saved');
    }
  });

  test('"mina uppföljningar" lists the follow-up and "Klar" with a note updates the card in place', { timeout: 50_000 }, async () => {
    try {
      const list = await ui.sendAndWaitForReply('mina uppföljningar', { containing: FOLLOW_UP });
      await ui.clickCardAction('Klar', { card: list });
      await ui.fillCardInput('Återkoppling till företaget', 'Ringde VD och bokade möte med YH-samordnaren.', { card: list });
      await ui.clickCardAction('Klarmarkera', { card: list });
      const updated = await ui.waitForCardText(`Klar: ${FOLLOW_UP}`);
      assert.match(await updated.innerText(), /Du har inga öppna uppföljningar/);
    } finally {
      await ui.screenshot('3-closed');
    }
  });
});
