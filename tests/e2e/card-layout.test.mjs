// The narrow-width layout check (tests/e2e/lib/card-layout.mjs) finds what a user saw in Teams: a fact title broken
// mid-word ("Organisationsnum mer"), a date broken in a narrow column ("2026-12-" / "04"), a cut button label; and it
// passes the same content laid out to fit.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openLayoutChecker } from './lib/card-layout.mjs';

const card = (body, actions) => ({ type: 'AdaptiveCard', version: '1.5', body, actions });
const filler = 'Uppföljning om bygglov och elanslutning för den nya hallen, planerad till våren, förfaller';

describe('card layout at Teams narrow width', { timeout: 60_000 }, () => {
  let checker;
  before(async () => { checker = await openLayoutChecker(); });
  after(async () => { await checker?.close(); });

  test('a long word as a fact title is reported as broken mid-word', async () => {
    const problems = await checker.check('facts', card([{ type: 'FactSet', facts: [{ title: 'Organisationsnummer', value: 'Hammarverken Stål AB, Industrigatan 7' }] }]));
    assert.ok(problems.some((p) => /"Organisationsnummer"/.test(p)), problems.join('\n'));
  });

  test('a date as a narrow fact title is reported broken; the same line with the date first is not', async () => {
    const long = `${filler} 40 svetsare, 5 MW och en ny hall på 12 000 m² med plats för ytterligare två linjer`;
    const problems = await checker.check('date', card([{ type: 'FactSet', facts: [{ title: '2026-12-04', value: long.repeat(2) }] }]));
    assert.ok(problems.some((p) => /"2026-12-04"/.test(p)), problems.join('\n'));
    assert.deepEqual(await checker.check('date', card([{ type: 'TextBlock', text: `2026-12-04 · ${long}`, wrap: true }])), []);
  });

  test('a hyphen between letters may end a line; a short card passes', async () => {
    assert.deepEqual(await checker.check('ok', card([{ type: 'TextBlock', text: 'Välkommen till Näringslivs-CRM och dina follow-ups', wrap: true }],
      [{ type: 'Action.Submit', title: 'Klar' }])), []);
  });

  test('a button label too long for its share of the width is reported as cut', async () => {
    const problems = await checker.check('buttons', card([], ['Skjut upp 1 arbetsdag', 'Skjut upp 3 arbetsdagar', 'Skjut upp 7 arbetsdagar']
      .map((title) => ({ type: 'Action.Submit', title }))));
    assert.ok(problems.some((p) => /button label cut off/.test(p)), problems.join('\n'));
  });
});
