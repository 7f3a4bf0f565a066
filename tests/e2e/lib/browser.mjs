// Headless Debian Chromium driven by playwright-core, with helpers for the Agents Playground UI.
// Selectors (Playground 0.2.28):
//   chats            role=treeitem, text "Personal Chat" / "Group Chat" / channel names
//   message box      [data-lexical-editor="true"][role=textbox]; send button accessible name "Send Message"
//   bot messages     .fai-OutputCard (text messages and cards alike; the user's own bubbles are not)
//   Adaptive Cards   .ac-adaptiveCard (inside .fai-OutputCard); text in .ac-textBlock;
//                    actions are <button role=button aria-label=title> inside .ac-actionSet;
//                    inputs are labelled by the card's label (aria-labelledby) and carry placeholder/aria-label,
//                    the card's input id is NOT in the DOM (ids are generated "__ac-<uuid>").
//   toast/error      an invoke response of type activity.message or error shows as a banner inside the card's
//                    .fai-OutputCard (text + close button), not as a new message
//   HTTP errors      a non-2xx answer of the bot shows nothing in the chat, only a Log Panel line "message 500"
//   Mock an Activity top-bar button; menu items by text ("Install application"…; their accessible names are
//                    handler names like "onInstallationUpdate onInstallationUpdateAdded"), then a dialog with a JSON
//                    editor and the button "Send activity".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { raceTimeout } from '../../../scripts/lib/proc.mjs';
import { artifact } from './paths.mjs';
import { PLAYGROUND_BOT_NAME } from '../../../scripts/lib/playground.mjs';

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];
export const DEFAULT_TIMEOUT_MS = Number(process.env.E2E_UI_TIMEOUT_MS ?? 20_000);

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/**
 * Launches Chromium with a fresh user-data-dir; every request not to 127.0.0.1/localhost is aborted
 * (the Playground otherwise fetches fonts and scripts from res-1.cdn.office.net).
 * Returns { browser, context, page, blocked, stop() }.
 */
export async function launchBrowser({ logName = 'browser' } = {}) {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install -y chromium (never download a browser)`);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-chromium-'));
  // launchPersistentContext is how Playwright takes a user-data-dir; headless is also passed as a flag.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    timeout: 30_000,
  });
  context.setDefaultTimeout(DEFAULT_TIMEOUT_MS);
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    let host = '';
    try { host = new URL(url).hostname; } catch { /* data: etc. */ }
    if (url.startsWith('data:') || url.startsWith('blob:') || LOCAL_HOSTS.has(host)) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? await context.newPage();
  const logPath = artifact(`${logName}-console.log`);
  fs.writeFileSync(logPath, '');
  page.on('console', (m) => fs.appendFileSync(logPath, `[${m.type()}] ${m.text()}\n`));
  page.on('pageerror', (e) => fs.appendFileSync(logPath, `[pageerror] ${e.stack ?? e}\n`));
  return {
    context,
    page,
    blocked,
    async stop() {
      await raceTimeout(context.close().catch(() => {}), 10_000);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** What a user sees when something broke: the bot's neutral error reply (sv/en), the Playground's own "could not
 * reach the app" text. */
export const PROBLEM_TEXT = /Något gick fel|Something went wrong|Unable to reach app/;

/**
 * Problems on the page not reported before: every element with PROBLEM_TEXT, every error banner of an invoke
 * answer (the Playground's banner without the "Display Invoked Message" label, i.e. an application/vnd.microsoft.error
 * answer or a failed call), and every element matching extraSelector (e.g. the tab's error bar). Each is marked, so
 * the next call reports only new ones. Returns their texts.
 */
export async function newPageProblems(page, { extraSelector = null } = {}) {
  return page.evaluate(({ source, extraSelector }) => {
    const problem = new RegExp(source);
    const found = [...document.querySelectorAll('button[aria-label="Dismiss Invoke Message"]')]
      .map((b) => b.parentElement)
      .filter((banner) => banner && (banner.getAttribute('aria-label') !== 'Display Invoked Message' || problem.test(banner.innerText)));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (problem.test(n.textContent) && n.parentElement) found.push(n.parentElement);
    }
    if (extraSelector) found.push(...document.querySelectorAll(extraSelector));
    const fresh = [];
    for (const el of found) {
      if (el.hasAttribute('data-e2e-problem')) continue;
      el.setAttribute('data-e2e-problem', '');
      fresh.push((el.innerText || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 300) || el.outerHTML.slice(0, 300));
    }
    return fresh;
  }, { source: PROBLEM_TEXT.source, extraSelector });
}

/** UI helpers for one Playground page. */
/** Playwright's hasText matches strings case-insensitively; make strings exact (case-sensitive) instead. */
export function exactText(text) {
  return typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text;
}

export function playgroundUi(page, { screenshotPrefix = '' } = {}) {
  let replySeq = 0;
  const messageBox = () => page.locator('[data-lexical-editor="true"][role=textbox]');
  const botMessages = () => page.locator('.fai-OutputCard');
  const cards = () => page.locator('.ac-adaptiveCard');

  /** Wraps a wait so that a timeout reports what the Playground's Log Panel saw (e.g. "message 500"). */
  const explain = async (what, fn) => {
    try {
      return await fn();
    } catch (e) {
      const log = await ui.logPanelText().catch(() => '');
      e.message = `${what}: ${e.message}\n--- Playground Log Panel (last lines):\n${log.split('\n').slice(-25).join('\n')}`;
      throw e;
    }
  };

  const ui = {
    page,
    messageBox,
    botMessages,
    cards,

    /** Opens the Playground and waits until the chat UI is usable. Opening it makes the Playground send
     * installationUpdate (add) + conversationUpdate for Personal Chat, which is selected by default. */
    async open(url) {
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await page.getByRole('treeitem').filter({ hasText: 'Personal Chat' }).first().waitFor();
      await messageBox().waitFor();
    },

    /** Clicks a chat in the left tree ("Personal Chat", "Group Chat", "General", "Announcements"). */
    async openChat(name) {
      const item = page.getByRole('treeitem').filter({ hasText: name }).first();
      await item.click();
      await messageBox().waitFor();
      return item;
    },

    /** Types text into the message box and presses "Send Message". Waits until the box is empty again. */
    async sendMessage(text) {
      const box = messageBox();
      await box.click();
      await box.pressSequentially(text, { delay: 5 });
      await page.getByRole('button', { name: 'Send Message' }).click();
      await page.waitForFunction(
        () => (document.querySelector('[data-lexical-editor="true"][role=textbox]')?.textContent ?? '').trim() === '',
        null, { timeout: DEFAULT_TIMEOUT_MS });
    },

    /** Group chat / channel: types "@", picks the bot from the mention menu, types text and sends. The bot gets
     * text "<at>Bot name</at> text" and a mention entity {mentioned: {id, name}, text: "<at>Bot name</at>"}. */
    async sendMention(text, { botName = PLAYGROUND_BOT_NAME } = {}) {
      const box = messageBox();
      await box.click();
      await box.pressSequentially('@');
      await page.getByRole('menuitem').filter({ hasText: botName }).first().click();
      await box.pressSequentially(` ${text}`, { delay: 5 });
      await page.getByRole('button', { name: 'Send Message' }).click();
    },

    /** Resolves once no new bot message has arrived for quietMs (e.g. duplicate welcome messages). */
    async waitForQuiet({ quietMs = 700, timeout = DEFAULT_TIMEOUT_MS } = {}) {
      const deadline = Date.now() + timeout;
      let last = await botMessages().count();
      let since = Date.now();
      while (Date.now() < deadline) {
        await page.waitForTimeout(100);
        const n = await botMessages().count();
        if (n !== last) { last = n; since = Date.now(); } else if (Date.now() - since >= quietMs) return n;
      }
      return last;
    },

    /** Sends text and returns the first bot message (card or text) that arrives after it; with `containing`
     * (case-sensitive string or RegExp), the first new message that contains it. First waits until no bot message
     * has arrived for a moment, then counts: new messages are those beyond that count. (Position relative to the
     * user's bubble is not reliable: under load a fast reply can be rendered above the user's message.) */
    async sendAndWaitForReply(text, { containing, timeout = DEFAULT_TIMEOUT_MS } = {}) {
      const before = await ui.waitForQuiet({ timeout });
      await ui.sendMessage(text);
      const tag = `r${++replySeq}`;
      const want = containing === undefined ? null
        : containing instanceof RegExp ? { source: containing.source, flags: containing.flags } : { literal: containing };
      return explain(`no bot reply to "${text}"${containing ? ` containing ${containing}` : ''}`, async () => {
        // An error reply among the new messages ends the wait at once: the step fails, it never skips past it.
        const outcome = await page.waitForFunction(({ before, tag, want, problem }) => {
          const matches = (m) => !want || (want.literal !== undefined ? m.textContent.includes(want.literal)
            : new RegExp(want.source, want.flags).test(m.innerText));
          const fresh = [...document.querySelectorAll('.fai-OutputCard')].slice(before);
          const error = fresh.find((m) => new RegExp(problem).test(m.innerText));
          if (error) return { error: error.innerText.trim() };
          const reply = fresh.find(matches);
          if (!reply) return false;
          reply.setAttribute('data-e2e-reply', tag);
          return { ok: true };
        }, { before, tag, want, problem: PROBLEM_TEXT.source }, { timeout });
        const { error } = await outcome.jsonValue();
        if (error) throw new Error(`the bot answered with an error: ${error}`);
        const reply = page.locator(`.fai-OutputCard[data-e2e-reply="${tag}"]`);
        await reply.waitFor();
        return reply;
      });
    },

    /** Waits for an Adaptive Card containing text (case-sensitive string, or RegExp); returns the newest such card. */
    async waitForCardText(text, { timeout = DEFAULT_TIMEOUT_MS } = {}) {
      const card = cards().filter({ hasText: exactText(text) }).last();
      await explain(`no Adaptive Card with "${text}"`, () => card.waitFor({ state: 'visible', timeout }));
      return card;
    },

    /** Waits for any bot message (text or card) containing text (case-sensitive string, or RegExp); returns the newest. */
    async waitForBotText(text, { timeout = DEFAULT_TIMEOUT_MS } = {}) {
      const msg = botMessages().filter({ hasText: exactText(text) }).last();
      await explain(`no bot message with "${text}"`, () => msg.waitFor({ state: 'visible', timeout }));
      return msg;
    },

    /** Clicks the action button with this title, in `card` or else in the newest card that has it. */
    async clickCardAction(title, { card } = {}) {
      const scope = card ?? cards().filter({ has: page.getByRole('button', { name: title, exact: true }) }).last();
      await scope.getByRole('button', { name: title, exact: true }).click();
    },

    /** Fills a card input found by its label, placeholder or aria-label, in `card` or else the newest card. */
    async fillCardInput(labelOrPlaceholder, value, { card } = {}) {
      // An input's accessible name comes from the card's label (aria-labelledby), so a placeholder is found by
      // getByPlaceholder, not getByLabel.
      const scope = card ?? cards().filter({ has: page.getByLabel(labelOrPlaceholder).or(page.getByPlaceholder(labelOrPlaceholder)) }).last();
      const input = scope.getByLabel(labelOrPlaceholder).or(scope.getByPlaceholder(labelOrPlaceholder)).first();
      await input.fill(value);
      return input;
    },

    /** Mock an Activity → "Install application" (or another menu entry) → "Send activity". */
    async mockActivity(menuText = 'Install application') {
      await page.getByRole('button', { name: 'Mock an Activity' }).click();
      await page.getByRole('menuitem').filter({ hasText: menuText }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Send activity' }).click();
      await dialog.waitFor({ state: 'detached' });
    },

    /** Text of the Log Panel (right side): every call to the bot with its HTTP status, e.g.
     * "Microsoft 365 Agents Playground -> User Application message 500 krasch". No stable selector exists;
     * this climbs from the "Log Panel" heading. Diagnostics only. */
    async logPanelText() {
      const panel = page.getByText('Log Panel', { exact: true }).first().locator('xpath=../../..');
      return (await panel.innerText({ timeout: 2000 })).replace(/\n(?!\[\d)/g, ' ');
    },

    /** New problems on the page since the last call (see newPageProblems). */
    newProblems: () => newPageProblems(page),

    async screenshot(name) {
      const file = artifact(`${screenshotPrefix}${name}.png`);
      await page.screenshot({ path: file, fullPage: true, timeout: 10_000 }).catch(() => {});
      return file;
    },
  };
  return ui;
}

// ---- Message extensions (Playground 0.2.28; measured, see docs/testing-e2e.md "Message extensions") ----
// The Playground does not read the app manifest: it has no list of commands. The user types the command id (and,
// for search, the parameter name) into the Playground's own dialogs.
//   search   compose box "+" (accessible name "Trigger Message Extension App") → menu "Search Command" → panel
//            "Search-Based Message Extension" with an accordion "Specify Command ID or Parameter" (inputs with
//            placeholders "Command ID", "Parameter name") and the search box (placeholder "Enter a search term").
//            Each keystroke sends composeExtension/query; results are a list of the previews (title/subtitle/text).
//            Clicking a result puts the result's card into the compose box (.ac-preview-panel .ac-adaptiveCard).
//   action   a message's "..." (accessible name "Show more information", shown for every message) → menu
//            "Action Command" → dialog "Action-Based Message Extension" (input placeholder "Input command id or
//            leave blanks", radio "Adaptive Cards" preselected, button "Create") → composeExtension/fetchTask with
//            messagePayload = that message → the returned card is rendered in a dialog; its Action.Submit sends
//            composeExtension/submitAction; an answer {task:{type:"message", value}} shows value in the dialog.

/** Additive helpers for message extensions on a playgroundUi(page). */
export function messageExtensionUi(page) {
  return {
    /** The compose box's "+" → "Search Command"; fills command id and parameter name; returns the search panel's
     * search box. */
    async openSearch({ commandId, parameterName } = {}) {
      await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
      await page.getByRole('menuitem').filter({ hasText: 'Search Command' }).first().click();
      const search = page.getByPlaceholder('Enter a search term');
      await search.waitFor();
      if (commandId || parameterName) {
        // The accordion keeps its state between searches: open it only when its inputs are not shown yet.
        const commandBox = page.getByPlaceholder('Command ID', { exact: true });
        if (!(await commandBox.isVisible())) {
          await page.getByText('Specify Command ID or Parameter', { exact: true }).click();
          await commandBox.waitFor();
        }
        if (commandId) await page.getByPlaceholder('Command ID', { exact: true }).fill(commandId);
        if (parameterName) await page.getByPlaceholder('Parameter name', { exact: true }).fill(parameterName);
      }
      return search;
    },

    /** The search panel: the smallest element holding both its title and the search box. */
    searchPanel: () => page.locator('div')
      .filter({ has: page.getByText('Search-Based Message Extension', { exact: true }) })
      .filter({ has: page.getByPlaceholder('Enter a search term') }).last(),

    /** Search results: one heading (h1) per result with the preview's title; optionally only those with text. */
    searchResults(title) {
      const all = this.searchPanel().getByRole('heading', { level: 1 });
      return title === undefined ? all : all.filter({ hasText: exactText(title) });
    },

    /** The Adaptive Card(s) put into the compose box by choosing a search result (inside the editor). */
    composeCards: () => page.locator('[data-lexical-editor="true"] .ac-adaptiveCard'),

    /** Cards the user sent (a sent compose card becomes the user's own message: not a .fai-OutputCard). */
    userCards: () => page.locator('.ac-adaptiveCard:not(.fai-OutputCard .ac-adaptiveCard):not([data-lexical-editor="true"] .ac-adaptiveCard)'),

    /** The action command's dialog: first the Playground's command id form, then (same dialog) the app's task
     * card, then a task "message" answer as plain text. Header: "Your Message Extension App" + the task's title. */
    actionDialog: () => page.getByRole('dialog', { name: 'Command ID option dialog' }),

    /** Hovers the message containing text, opens its "..." menu and picks "Action Command"; fills the command id
     * and presses "Create" (dialog type "Adaptive Cards" = fetchTask). */
    async runMessageAction(messageText, { commandId } = {}) {
      const msg = page.getByText(messageText, { exact: true }).first();
      await msg.hover();
      // Every message has its own "..." button; take the one nearest above-left of the message: the button in
      // the message's own container.
      const more = msg.locator('xpath=ancestor::*[.//button[@aria-label="Show more information"]][1]')
        .getByRole('button', { name: 'Show more information' }).first();
      await more.click();
      await page.getByRole('menuitem').filter({ hasText: 'Action Command' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'Command ID option dialog' });
      await dialog.waitFor();
      await dialog.getByPlaceholder('Input command id or leave blanks').waitFor();
      if (commandId) await dialog.getByPlaceholder('Input command id or leave blanks').fill(commandId);
      await dialog.getByRole('button', { name: 'Create' }).click();
    },
  };
}
