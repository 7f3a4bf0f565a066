// Starts the whole stack for one test file: Azurite → bot host → Agents Playground → Chromium, on free
// ports; stops everything in reverse order, also on failure, timeout or Ctrl-C.
import { startAzurite } from '../../../scripts/lib/azurite.mjs';
import { startPlayground, PLAYGROUND_TENANT_ID } from '../../../scripts/lib/playground.mjs';
import { launchBrowser, playgroundUi } from './browser.mjs';
import { startHost } from './host.mjs';
import { artifact } from './paths.mjs';

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
 * name: used for artifact file names. Returns { ui, page, host, playground, azurite, stop() }.
 * stop() is idempotent and never throws.
 */
export async function startStack({ name }) {
  const parts = [];
  const track = (label, obj, stopFn) => {
    const entry = { label, stop: stopFn, kill: () => obj?.proc && process.kill(-obj.proc.pid, 'SIGKILL') };
    parts.push(entry);
    live.add(entry);
    return obj;
  };
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    for (const p of parts.reverse()) {
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

  try {
    const azurite = track('azurite', await startAzurite({ logFile: artifact(`${name}-azurite.log`) }), () => azurite.stop());
    const host = track('host', await startHost({ tablesConnectionString: azurite.connectionString, tenantId: PLAYGROUND_TENANT_ID, logFile: artifact(`${name}-host.log`) }), () => host.stop());
    const playground = track('playground', await startPlayground({ botEndpoint: host.messagesUrl, logFile: artifact(`${name}-playground.log`) }),
      () => playground.stop({ keepLogTo: artifact(`${name}-playground-devtools.log`) }));
    const browser = track('browser', await launchBrowser({ logName: name }), () => browser.stop());
    const ui = playgroundUi(browser.page, { screenshotPrefix: `${name}-` });
    return { ui, page: browser.page, browser, host, playground, azurite, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
