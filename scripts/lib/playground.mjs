// Start/stop the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground 0.2.28) in a temp
// working directory with a generated .m365agentsplayground.yml, for local runs and the e2e harness.
// CLI: node scripts/lib/playground.mjs --bot http://127.0.0.1:3978/api/messages [--port 56150] [--locale sv-SE|en-US|none]
// The CLI (used by scripts/run-local.sh) puts the locale proxy (./locale-proxy.mjs) between the Playground and the
// bot, so the local run is Swedish by default although the Playground itself always sends en-US.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, httpOk, startProcess, waitUntil } from './proc.mjs';
import { REPO_ROOT } from './azurite.mjs';
import { startLocaleProxy } from './locale-proxy.mjs';

const CLI = path.join(REPO_ROOT, 'node_modules/@microsoft/m365agentsplayground/cli.js');

// The mocked Teams context. These are the Playground's own defaults (0.2.28), written out explicitly so the
// harness and the bot's Development settings agree on them. Note the tenant id's last group has 13 digits.
export const PLAYGROUND_TENANT_ID = '00000000-0000-0000-0000-0000000000001';
export const PLAYGROUND_BOT_ID = '00000000-0000-0000-0000-00000000000011';
export const PLAYGROUND_BOT_NAME = 'NaringslivCrm';
export const PLAYGROUND_USER = { id: 'user-id-0', aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' };

export function playgroundConfigYaml({ tenantId = PLAYGROUND_TENANT_ID, botId = PLAYGROUND_BOT_ID, botName = PLAYGROUND_BOT_NAME,
  personalChatId = 'personal-chat-id', groupChatId = 'group-chat-id' } = {}) {
  // Schema: https://aka.ms/teams-app-test-tool-config/0.1.1/config.schema.json (default file is embedded in
  // the package's dist/index.js). There is no locale key: activities always carry locale "en-US".
  return `version: "0.1.1"
tenantId: ${tenantId}
bot:
  id: ${botId}
  name: ${botName}
currentUser:
  id: ${PLAYGROUND_USER.id}
  name: ${PLAYGROUND_USER.name}
  userPrincipleName: alexw@example.com
  aadObjectId: ${PLAYGROUND_USER.aadObjectId}
  givenName: Alex
  surname: Wilber
  email: alexw@example.com
users: # the schema demands at least 5
  - id: user-id-1
    name: Megan Bowen
    userPrincipleName: meganb@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000021
    givenName: Megan
    surname: Bowen
    email: meganb@example.com
  - id: user-id-2
    name: Adele Vance
    userPrincipleName: adelev@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000022
    givenName: Adele
    surname: Vance
    email: adelev@example.com
  - id: user-id-3
    name: Isaiah Langer
    userPrincipleName: isaiahl@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000023
    givenName: Isaiah
    surname: Langer
    email: isaiahl@example.com
  - id: user-id-4
    name: Patti Fernandez
    userPrincipleName: pattif@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000024
    givenName: Patti
    surname: Fernandez
    email: pattif@example.com
  - id: user-id-5
    name: Lynne Robbins
    userPrincipleName: lynner@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000025
    givenName: Lynne
    surname: Robbins
    email: lynner@example.com
personalChat:
  id: ${personalChatId}
groupChat:
  id: ${groupChatId}
  name: Group Chat
team:
  id: team-id
  name: My Team
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-announcements-id
      name: Announcements
`;
}

/**
 * Starts the Playground against botEndpoint. Options: port (default: a free one; the Playground itself
 * silently falls back to a random port when it is taken, so the port is read from its output), config
 * (options for playgroundConfigYaml), logFile, timeoutMs.
 * Readiness: stdout "Listening on <port>", then GET / answers 200.
 * Returns { port, url, serviceUrl, tenantId, dir, stop() }.
 */
export async function startPlayground({ botEndpoint, port, config = {}, logFile, timeoutMs = 30_000 } = {}) {
  if (!botEndpoint) throw new Error('startPlayground: botEndpoint required');
  port ??= await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  fs.writeFileSync(path.join(dir, '.m365agentsplayground.yml'), playgroundConfigYaml(config));
  const proc = startProcess(process.execPath, [CLI, 'start', '--disable-telemetry', '-e', botEndpoint, '-c', 'msteams', '-p', String(port)],
    { cwd: dir, logFile, name: 'agents-playground', env: { NO_COLOR: '1' } });
  let actualPort;
  try {
    const m = await proc.waitForOutput(/Listening on (\d+)/, timeoutMs);
    actualPort = Number(m[1]);
    await waitUntil(() => httpOk(`http://127.0.0.1:${actualPort}/`), { timeoutMs, what: 'Playground GET /', abortIf: () => proc.exitInfo() && 'Playground exited' });
    // A bad config file is reported after "Listening on": give it a moment to fail visibly.
    await new Promise((r) => setTimeout(r, 300));
    if (proc.exitInfo()) throw new Error(`Playground exited during startup (${JSON.stringify(proc.exitInfo())})`);
  } catch (e) {
    await proc.stop('SIGKILL', 1000);
    // Startup errors (e.g. an invalid config file) are written only to devTools/m365agentsplayground.log.
    let devLog = '';
    try { devLog = fs.readFileSync(path.join(dir, 'devTools/m365agentsplayground.log'), 'utf8'); } catch { /* none */ }
    fs.rmSync(dir, { recursive: true, force: true });
    e.message += `\n--- devTools/m365agentsplayground.log:\n${devLog.slice(-3000)}`;
    throw e;
  }
  return {
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/`,
    serviceUrl: `http://localhost:${actualPort}/_connector`,
    tenantId: config.tenantId ?? PLAYGROUND_TENANT_ID,
    dir,
    proc,
    /** The Playground's own log (devTools/m365agentsplayground.log in its working directory). */
    devToolsLog: () => { try { return fs.readFileSync(path.join(dir, 'devTools/m365agentsplayground.log'), 'utf8'); } catch { return ''; } },
    async stop({ keepLogTo } = {}) {
      await proc.stop('SIGTERM', 5000);
      if (keepLogTo) { try { fs.copyFileSync(path.join(dir, 'devTools/m365agentsplayground.log'), keepLogTo); } catch { /* none */ } }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The client locale of the local run: sv-SE unless asked for another ("en-US", or "none" for the Playground's own en-US). */
export function localRunLocale(value) {
  const v = (value ?? '').trim();
  return v === '' ? 'sv-SE' : v;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const argv = process.argv.slice(2);
  const opt = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
  const bot = opt('--bot') ?? 'http://127.0.0.1:3978/api/messages';
  const locale = localRunLocale(opt('--locale'));
  let proxy;
  let botEndpoint = bot;
  if (locale !== 'none') {
    const target = new URL(bot);
    proxy = await startLocaleProxy({ target: target.origin, locale });
    botEndpoint = `${proxy.url}${target.pathname}`;
  }
  const pg = await startPlayground({ botEndpoint, port: Number(opt('--port') ?? 56150) });
  console.log(`Agents Playground: ${pg.url} (bot ${bot}${proxy ? `, client locale ${locale}` : ', client locale en-US'}, tenant ${pg.tenantId})`);
  const stop = async () => { await pg.stop(); await proxy?.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
