// Renders Adaptive Cards the way Teams lays them out on a narrow screen and reports words broken mid-word and button
// labels cut off. What a user saw: "Organisationsnum mer", "Återindustrialiseri ng", "2026-12-" / "04".
//   node tests/e2e/lib/card-layout.mjs <dir> [--width 320]   checks every *.json in dir; exit 1 with reasons.
// How: the official renderer (npm adaptivecards 3.0.6, dist/adaptivecards.min.js) in headless Debian Chromium, with the
// Teams light host config (microsoft/AdaptiveCards samples/HostConfig/microsoft-teams-light.json: Segoe UI 14 px,
// bolder 600, padding 16, bold fact titles); Chromium here has DejaVu Sans instead of Segoe UI, which is wider, so the
// check errs on the strict side. Width: 320 px, a phone's chat column; the Teams design guide says "Cards designed for a
// narrow screen scale well on wider screens (the opposite isn't true)" (msteams-docs
// task-modules-and-cards/cards/design-effective-cards.md). A word is every run of non-space characters (a no-break
// space joins "1,2 mdr kr" into one); it is broken when its text spans two line boxes. Cards inside Action.ShowCard are
// checked as cards of their own.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { unwrapCard } from './cards.mjs';

const require = createRequire(import.meta.url);
const RENDERER = fs.readFileSync(require.resolve('adaptivecards/dist/adaptivecards.min.js'), 'utf8');
export const TEAMS_CARD_WIDTH = 320;
const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

const colors = { default: { default: '#252424', subtle: '#bf252424' }, accent: { default: '#6264a7', subtle: '#8b8cc7' },
  good: { default: '#92c353', subtle: '#e592c353' }, warning: { default: '#f8d22a', subtle: '#e5f8d22a' }, attention: { default: '#c4314b', subtle: '#e5c4314b' } };
export const TEAMS_HOST_CONFIG = {
  supportsInteractivity: true,
  spacing: { small: 8, default: 12, medium: 16, large: 20, extraLarge: 24, padding: 16 },
  separator: { lineThickness: 1, lineColor: '#EEEEEE' },
  fontTypes: { default: { fontFamily: "'Segoe UI', Tahoma, Geneva, Verdana, sans-serif",
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 }, fontWeights: { lighter: 200, default: 400, bolder: 600 } },
  monospace: { fontFamily: "'Courier New', Courier, monospace",
    fontSizes: { small: 12, default: 14, medium: 14, large: 18, extraLarge: 24 }, fontWeights: { lighter: 200, default: 400, bolder: 600 } } },
  containerStyles: { default: { backgroundColor: '#ffffff', foregroundColors: colors }, emphasis: { backgroundColor: '#f9f8f7', foregroundColors: colors },
    attention: { backgroundColor: '#FFC5B2', foregroundColors: colors }, good: { backgroundColor: '#CCFFCC', foregroundColors: colors } },
  actions: { maxActions: 6, spacing: 'default', buttonSpacing: 8, showCard: { actionMode: 'inline', inlineTopMargin: 16 },
    actionsOrientation: 'horizontal', actionAlignment: 'left' },
  factSet: { title: { weight: 'bolder', wrap: true, maxWidth: 150 }, value: { wrap: true }, spacing: 16 },
};

/** The card and every card inside its Action.ShowCard actions, as [label, card]. */
export function cardsWithin(name, card) {
  const out = [[name, card]];
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if (node.type === 'Action.ShowCard' && node.card) out.push(...cardsWithin(`${name} › ${node.title ?? 'ShowCard'}`, node.card));
      else Object.entries(node).forEach(([k, v]) => { if (k !== 'card') visit(v); });
    }
  };
  visit({ ...card, type: undefined });
  return out;
}

// Runs in the page: renders one card and returns the problems found.
function inspect({ card, width, hostConfig }) {
  const AC = window.AdaptiveCards;
  const root = document.getElementById('root');
  root.innerHTML = '';
  root.style.width = `${width}px`;
  const ac = new AC.AdaptiveCard();
  ac.hostConfig = new AC.HostConfig(hostConfig);
  ac.parse(card, new AC.SerializationContext(AC.Versions.v1_5));
  const el = ac.render();
  if (!el) return ['the renderer produced nothing'];
  root.appendChild(el);
  // A line break right after a hyphen between two letters ("follow-/ups", "Näringslivs-/CRM") is ordinary
  // typography; anywhere else in a word (inside "Organisationsnummer", after the "-" of "2026-12-04") it is not.
  const lineOf = (node, i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); const rect = [...r.getClientRects()].find((x) => x.width > 0.5); return rect ? Math.round(rect.top) : null; };
  const hyphenatedBetweenLetters = (node, start, word) => {
    let line = lineOf(node, start);
    for (let i = 1; i < word.length; i++) {
      const next = lineOf(node, start + i);
      if (next !== null && line !== null && next !== line) {
        if (!(word[i - 1] === '-' && /\p{L}/u.test(word[i - 2] ?? '') && /\p{L}/u.test(word[i]))) return false;
      }
      if (next !== null) line = next;
    }
    return true;
  };
  const problems = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('select, option, [hidden]') || getComputedStyle(parent).display === 'none') continue;
    for (const m of node.data.matchAll(/[^\s\u200b]+/gu)) {
      if (m[0].length < 2) continue;
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0.5).map((r) => Math.round(r.top)));
      if (tops.size > 1 && !hyphenatedBetweenLetters(node, m.index, m[0])) problems.push(`word broken across lines: "${m[0]}" in "${node.data.slice(0, 80)}"`);
    }
  }
  // Teams shrinks buttons that do not fit and cuts their labels ("Skjut upp 3 arbe…"); the bare renderer lets them run
  // past the card's edge instead. Either way the label is not readable in full.
  const right = el.getBoundingClientRect().right;
  for (const b of el.querySelectorAll('button')) {
    const label = b.querySelector('div') ?? b;
    if (b.getBoundingClientRect().right > right + 1 || label.scrollWidth > label.clientWidth + 1) {
      problems.push(`button label cut off: "${b.getAttribute('aria-label') ?? b.textContent}"`);
    }
  }
  return problems;
}

/** Opens Chromium once; returns { check(name, json) → problems[], close() }. */
export async function openLayoutChecker({ width = TEAMS_CARD_WIDTH } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: width + 200, height: 800 } });
  await page.route('**/*', (route) => route.abort());
  await page.setContent('<!doctype html><meta charset="utf-8"><body style="margin:0"><div id="root"></div></body>');
  await page.addScriptTag({ content: RENDERER });
  return {
    async check(name, json) {
      const { card, error } = unwrapCard(json);
      if (error) return [`${name}: ${error}`];
      const problems = [];
      for (const [label, c] of cardsWithin(name, card)) {
        for (const p of await page.evaluate(inspect, { card: c, width, hostConfig: TEAMS_HOST_CONFIG })) problems.push(`${label}: ${p}`);
      }
      return problems;
    },
    close: () => browser.close(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const argv = process.argv.slice(2);
  const dir = argv.find((a) => !a.startsWith('--'));
  const width = argv.includes('--width') ? Number(argv[argv.indexOf('--width') + 1]) : TEAMS_CARD_WIDTH;
  if (!dir) { console.error('usage: node tests/e2e/lib/card-layout.mjs <dir> [--width 320]'); process.exit(2); }
  const files = fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.json')).sort();
  const checker = await openLayoutChecker({ width });
  let failed = 0;
  try {
    for (const f of files) {
      const problems = await checker.check(f, JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
      if (problems.length) { failed++; console.log(`FAIL ${f}\n${problems.map((p) => `  ${p}`).join('\n')}`); } else console.log(`ok   ${f}`);
    }
  } finally {
    await checker.close();
  }
  console.log(`${files.length - failed} of ${files.length} cards fit ${width} px without a word broken mid-word`);
  process.exit(failed ? 1 : 0);
}
