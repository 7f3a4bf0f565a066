// Starts the whole stack for one test file: Azurite → bot host → Agents Playground → Chromium, on free
// ports; stops everything in reverse order, also on failure, timeout or Ctrl-C.
import fs from 'node:fs';
import { afterEach } from 'node:test';
import { startAzurite } from '../../../scripts/lib/azurite.mjs';
import { startPlayground, PLAYGROUND_TENANT_ID } from '../../../scripts/lib/playground.mjs';
import { launchBrowser, playgroundUi } from './browser.mjs';
import { hostLogProblems, startHost, MESSAGES_PATH } from './host.mjs';
import { startLocaleProxy } from './locale-proxy.mjs';
import { freePort } from '../../../scripts/lib/proc.mjs';
import { artifact } from './paths.mjs';

/** Locale the tests' Teams client uses. The Playground always sends en-US; a proxy rewrites it. Set
 * E2E_CLIENT_LOCALE=none to talk to the host directly (the Playground's en-US). */
export const CLIENT_LOCALE = process.env.E2E_CLIENT_LOCALE ?? 'sv-SE';

/** Hard limit for one test file; after it everything is torn down and the process exits. */
export const FILE_TIMEOUT_MS = Number(process.env.E2E_FILE_TIMEOUT_MS ?? 170_000);

const live = new Set(); // stop functions of everything started, for emergency cleanup

function emergencyKill() {
  for (const s of live) { try { s.kill?.(); } catch { /* ignore */ } }
}
process.once('exit', emergencyKill);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.once(sig, () => { emergencyKill(); process.exit(130); });
}

/**
 * Registers, in the calling describe, a check after every test: the test fails when the page showed "Något gick
 * fel", an error banner, or the host logged an error (fail/crit, unhandled exception) during it. stackOf() returns the
 * stack (or any object with assertHealthy()) once the before hook has started it.
 */
export function failOnProblems(stackOf) {
  afterEach(async () => {
    const stack = stackOf();
    if (stack) await stack.assertHealthy();
  });
}

/**
 * name: used for artifact file names. Returns { ui, page, host, playground, azurite, stop() }.
 * stop() is idempotent and never throws.
 */
export async function startStack({ name, locale = CLIENT_LOCALE }) {
  const parts = [];
  const track = (label, obj, stopFn) => {
    const entry = { label, stop: stopFn, kill: () => { if (obj?.proc && !obj.proc.exitInfo()) process.kill(-obj.proc.pid, 'SIGKILL'); } };
    parts.push(entry);
    live.add(entry);
    return obj;
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const order = ['browser', 'playground', 'proxy', 'host', 'azurite'];
    for (const p of [...parts].sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label))) {
      try { await p.stop(); } catch (e) { console.error(`e2e: stopping ${p.label} failed: ${e.message}`); }
      live.delete(p);
    }
    clearTimeout(watchdog);
  };
  const watchdog = setTimeout(async () => {
    console.error(`e2e: ${name} exceeded ${FILE_TIMEOUT_MS} ms, tearing down`);
    await stop();
    process.exit(1);
  }, FILE_TIMEOUT_MS);
  watchdog.unref();

  const t0 = Date.now();
  const timings = [];
  const mark = (what) => timings.push(`${what} +${Date.now() - t0} ms`);
  try {
    // The host's port is chosen first so the Playground (which only calls the bot once a chat is opened)
    // and Chromium start in parallel with Azurite → host.
    const hostPort = await freePort();
    let botEndpoint = `http://127.0.0.1:${hostPort}${MESSAGES_PATH}`;
    if (locale && locale !== 'none') {
      const proxy = await startLocaleProxy({ target: `http://127.0.0.1:${hostPort}`, locale });
      parts.push({ label: 'proxy', stop: () => proxy.stop() });
      botEndpoint = `${proxy.url}${MESSAGES_PATH}`;
    }
    const backend = (async () => {
      const azurite = track('azurite', await startAzurite({ logFile: artifact(`${name}-azurite.log`) }), () => azurite.stop());
      mark('azurite');
      const host = track('host', await startHost({ port: hostPort, tablesConnectionString: azurite.connectionString, tenantId: PLAYGROUND_TENANT_ID, logFile: artifact(`${name}-host.log`) }), () => host.stop());
      mark('host');
      return { azurite, host };
    })();
    const front = (async () => {
      const playground = track('playground', await startPlayground({ botEndpoint, logFile: artifact(`${name}-playground.log`) }),
        () => playground.stop({ keepLogTo: artifact(`${name}-playground-devtools.log`) }));
      mark('playground');
      return { playground };
    })();
    const chromium = (async () => {
      const browser = track('browser', await launchBrowser({ logName: name }), () => browser.stop());
      mark('chromium');
      return { browser };
    })();
    const results = await Promise.allSettled([backend, front, chromium]);
    const failed = results.filter((r) => r.status === 'rejected');
    if (failed.length) throw failed[0].reason;
    const { azurite, host, playground, browser } = Object.assign({}, ...results.map((r) => r.value));
    fs.writeFileSync(artifact(`${name}-timings.log`), timings.join('\n') + '\n');
    const ui = playgroundUi(browser.page, { screenshotPrefix: `${name}-` });
    let logFrom = 0;
    /** Throws when, since the previous call, the page showed an error reply or banner or the host logged an error. */
    const assertHealthy = async () => {
      const page = await ui.newProblems();
      const log = hostLogProblems(host.proc, logFrom);
      logFrom = log.next;
      const all = [...page.map((p) => `page: ${p}`), ...log.problems.map((p) => `host log: ${p}`)];
      if (all.length) throw new Error(`something went wrong during this step:\n${all.join('\n')}`);
    };
    return { ui, page: browser.page, browser, host, playground, azurite, stop, assertHealthy };
  } catch (e) {
    await stop();
    throw e;
  }
}
