// The Adaptive Card validator (tests/e2e/lib/cards.mjs) accepts a good card and rejects bad ones.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MAX_CARD_BYTES, validateCard } from './lib/cards.mjs';

const CLI = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib/cards.mjs');

const goodCard = () => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: 'Välkommen till Näringslivs-CRM', weight: 'Bolder', wrap: true },
    { type: 'Image', url: 'https://example.org/logo.png', altText: 'Logotyp' },
    { type: 'Input.Text', id: 'foretag', label: 'Företag', isRequired: true, errorMessage: 'Ange företag' },
  ],
  actions: [
    { type: 'Action.Execute', title: 'Spara', verb: 'contact.save', data: { id: 1 } },
    { type: 'Action.Submit', title: 'Skicka', data: { cmd: 'submit' } },
  ],
});

describe('Adaptive Card validator', () => {
  test('accepts a good card, also wrapped as an attachment or an invoke response', () => {
    assert.deepEqual(validateCard(goodCard()).errors, []);
    assert.deepEqual(validateCard({ contentType: 'application/vnd.microsoft.card.adaptive', content: goodCard() }).errors, []);
    assert.deepEqual(validateCard({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: goodCard() }).errors, []);
  });

  test('rejects an unknown element type', () => {
    const card = goodCard();
    card.body.push({ type: 'Carousel2000', text: 'x' });
    const { errors } = validateCard(card);
    assert.ok(errors.some((e) => /Unknown element type "Carousel2000"/.test(e)), errors.join('\n'));
  });

  test('rejects an unknown action type', () => {
    const card = goodCard();
    card.actions.push({ type: 'Action.Teleport', title: 'x' });
    assert.ok(validateCard(card).errors.some((e) => /Action\.Teleport/.test(e)));
  });

  test('rejects Action.Execute without verb, also nested in an ActionSet', () => {
    const card = goodCard();
    delete card.actions[0].verb;
    card.body.push({ type: 'ActionSet', actions: [{ type: 'Action.Execute', title: 'Nested' }] });
    const { errors } = validateCard(card);
    assert.ok(errors.some((e) => e.startsWith('$.actions[0]: Action.Execute without verb')), errors.join('\n'));
    assert.ok(errors.some((e) => e.startsWith('$.body[3].actions[0]: Action.Execute without verb')), errors.join('\n'));
  });

  test('rejects an oversized card (>= 28 KB)', () => {
    const card = goodCard();
    card.body.push({ type: 'TextBlock', text: 'x'.repeat(MAX_CARD_BYTES), wrap: true });
    assert.ok(validateCard(card).errors.some((e) => /under 28672/.test(e)));
  });

  test('rejects Image without url, version above 1.5, duplicate ids, inputs without id, bad enum values', () => {
    const card = goodCard();
    card.version = '1.6';
    card.body.push({ type: 'Image', altText: 'no url' }, { type: 'TextBlock', id: 'dup', text: 'a' },
      { type: 'TextBlock', id: 'dup', text: 'b', size: 'enormous' }, { type: 'Input.Text', label: 'Utan id' });
    const { errors } = validateCard(card);
    for (const re of [/Image without url/, /version 1\.6 is above 1\.5/, /Duplicate Id "dup"/, /inputs must have a unique Id/, /Invalid value "enormous"/]) {
      assert.ok(errors.some((e) => re.test(e)), `${re} not in:\n${errors.join('\n')}`);
    }
  });

  test('rejects what is not a card', () => {
    assert.ok(validateCard({ type: 'Message', text: 'hej' }).errors.some((e) => /AdaptiveCard/.test(e)));
    assert.ok(validateCard({ contentType: 'application/vnd.microsoft.card.hero', content: {} }).errors.length > 0);
  });

  describe('CLI', () => {
    let dir;
    before(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cards-')); });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('exits 0 when every card is valid', () => {
      fs.writeFileSync(path.join(dir, 'welcome.json'), JSON.stringify(goodCard()));
      const out = execFileSync(process.execPath, [CLI, dir], { encoding: 'utf8' });
      assert.match(out, /1\/1 cards valid/);
    });

    test('exits 1 and names the file and reason on any failure', () => {
      const bad = goodCard();
      delete bad.actions[0].verb;
      fs.mkdirSync(path.join(dir, 'sub'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'sub', 'broken.json'), JSON.stringify(bad));
      fs.writeFileSync(path.join(dir, 'notjson.json'), '{ nope');
      const r = spawnSync(process.execPath, [CLI, dir], { encoding: 'utf8' });
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /FAIL sub\/broken\.json\n {2}- \$\.actions\[0\]: Action\.Execute without verb/);
      assert.match(r.stdout, /FAIL notjson\.json\n {2}- invalid JSON/);
      assert.match(r.stdout, /ok {3}welcome\.json/);
    });

    test('exits 2 without a directory', () => {
      assert.equal(spawnSync(process.execPath, [CLI], { encoding: 'utf8' }).status, 2);
    });
  });
});
