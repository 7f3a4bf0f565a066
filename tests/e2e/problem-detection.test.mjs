// The e2e steps' failure detection itself: an error reply, an error banner, the tab's error bar and a host log error
// are each found once (and only once), so a step cannot pass over them. Static pages in Chromium, no host.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launchBrowser, newPageProblems } from './lib/browser.mjs';
import { hostLogProblems } from './lib/host.mjs';

// The Playground's invoke answer banners (Playground 0.2.28, dist/client main.js, component for invokeMessage):
// a text answer has aria-label "Display Invoked Message"; an error answer has none; both have the dismiss button.
const PLAYGROUND = `
  <div class="fai-OutputCard">Hej! Jag hjälper dig.</div>
  <div class="fai-OutputCard"><div aria-label="Display Invoked Message"><span>Your response was sent to the app</span>
    <button aria-label="Dismiss Invoke Message"></button></div></div>`;

describe('problem detection of the e2e helpers', { timeout: 60_000 }, () => {
  let browser;
  before(async () => { browser = await launchBrowser({ logName: 'problem-detection' }); });
  after(async () => { await browser?.stop(); });

  test('a clean page has no problem; an error reply and an error banner are reported once each', async () => {
    const { page } = browser;
    await page.setContent(PLAYGROUND);
    assert.deepEqual(await newPageProblems(page), []);

    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend',
      '<div class="fai-OutputCard"><p>Något gick fel och ingenting sparades. Försök igen om en stund.</p></div>' +
      '<div class="fai-OutputCard"><div><span>Versionen stämmer inte</span><button aria-label="Dismiss Invoke Message"></button></div></div>'));

    const found = await newPageProblems(page);
    assert.equal(found.length, 2, found.join('\n'));
    assert.match(found.join('\n'), /Något gick fel/);
    assert.match(found.join('\n'), /Versionen stämmer inte/);
    assert.deepEqual(await newPageProblems(page), [], 'reported problems are not reported again');
  });

  test('the tab\'s error region counts when it has content', async () => {
    const { page } = browser;
    await page.setContent('<div data-testid="error-message" role="alert"></div>');
    const selector = '[data-testid="error-message"] > *';
    assert.deepEqual(await newPageProblems(page, { extraSelector: selector }), []);
    await page.evaluate(() => { document.querySelector('[data-testid="error-message"]').innerHTML = '<div>Kunde inte läsa uppföljningarna.</div>'; });
    assert.deepEqual(await newPageProblems(page, { extraSelector: selector }), ['Kunde inte läsa uppföljningarna.']);
  });
});

test('host log: fail and crit entries and unhandled exceptions are found, info and warn are not, each once', () => {
  let output = [
    'info: Microsoft.Hosting.Lifetime[0]', '      Application started.',
    'warn: NaringslivCrm.Bot.Reminders[3]', '      Graph answered 429',
    'fail: NaringslivCrm.Bot.Conversations.TurnErrorHandler[1]', '      Turn failed', '      System.InvalidOperationException: boom',
    '         at NaringslivCrm.Bot.X.Y()',
  ].join('\n');
  const proc = { output: () => output };
  const first = hostLogProblems(proc);
  assert.equal(first.problems.length, 1);
  assert.match(first.problems[0], /TurnErrorHandler.*InvalidOperationException: boom/);
  output += '\ncrit: Microsoft.AspNetCore[2]\n      down\nUnhandled exception. System.Exception: x';
  const second = hostLogProblems(proc, first.next);
  assert.equal(second.problems.length, 2, second.problems.join('\n'));
  assert.deepEqual(hostLogProblems(proc, second.next).problems, []);
});
