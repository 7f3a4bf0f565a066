// How the e2e harness starts the bot host. THE ONE PLACE to adjust the command, its environment and the
// readiness check. Environment overrides (for debugging, or to run the harness against a stub bot):
//   E2E_HOST_CMD   JSON array, e.g. '["node","/tmp/stub/bot.mjs"]' (replaces the dotnet command)
//   E2E_HOST_CWD   working directory for the command (default: repo root)
//   E2E_HOST_READY_TIMEOUT_MS  (default 90000)
import { freePort, httpOk, startProcess, waitUntil } from '../../../scripts/lib/proc.mjs';
import { REPO_ROOT, artifact } from './paths.mjs';

export const HOST_COMMAND = ['dotnet', 'run', '--project', 'bot/NaringslivCrm.Bot', '--no-build', '--no-launch-profile'];
export const HEALTH_PATH = '/healthz';
export const MESSAGES_PATH = '/api/messages';

/** The demo municipality the Playground's tenant is mapped to. */
export const MUNICIPALITY = { code: '0882', name: 'Oskarshamn' };

/** Environment for the host. port: where it listens; tablesConnectionString: Azurite; tenantId: the Playground's. */
export function hostEnv({ port, tablesConnectionString, tenantId, extraEnv = {} }) {
  return {
    ...extraEnv,
    ASPNETCORE_URLS: `http://127.0.0.1:${port}`,
    ASPNETCORE_ENVIRONMENT: 'Development',
    DOTNET_ENVIRONMENT: 'Development',
    Bot__AllowAnonymous: 'true',
    Reminders__Enabled: 'false', // the clock-driven scheduler stays off in e2e; reminders are tested in .NET
    Digest__Enabled: 'false', // likewise the weekly digest's scheduler
    ConnectionStrings__Tables: tablesConnectionString,
    Municipalities__0__Code: MUNICIPALITY.code,
    Municipalities__0__Name: MUNICIPALITY.name,
    Municipalities__0__TenantIds__0: tenantId,
    // Keep dotnet quiet and offline.
    DOTNET_CLI_TELEMETRY_OPTOUT: '1',
    DOTNET_NOLOGO: '1',
    DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
    // Also given to stub bots (they read PORT).
    PORT: String(port),
  };
}

/**
 * Starts the host, waits for GET /healthz → 200. Output goes to artifacts/e2e/host.log.
 * Returns { port, baseUrl, messagesUrl, stop() }.
 */
export async function startHost({ tablesConnectionString, tenantId, port, logFile = artifact('host.log'), extraEnv = {} }) {
  port ??= await freePort();
  const [cmd, ...args] = process.env.E2E_HOST_CMD ? JSON.parse(process.env.E2E_HOST_CMD) : HOST_COMMAND;
  const proc = startProcess(cmd, args, {
    cwd: process.env.E2E_HOST_CWD ?? REPO_ROOT,
    env: hostEnv({ port, tablesConnectionString, tenantId, extraEnv }),
    logFile,
    name: 'bot-host',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitUntil(() => httpOk(baseUrl + HEALTH_PATH), {
      timeoutMs: Number(process.env.E2E_HOST_READY_TIMEOUT_MS ?? 90_000),
      intervalMs: 250,
      what: `bot host GET ${HEALTH_PATH} → 200 (log: ${logFile})`,
      abortIf: () => proc.exitInfo() && `host exited ${JSON.stringify(proc.exitInfo())}:\n${proc.output().slice(-3000)}`,
    });
  } catch (e) {
    await proc.stop('SIGTERM', 3000);
    throw e;
  }
  return {
    port,
    baseUrl,
    messagesUrl: baseUrl + MESSAGES_PATH,
    proc,
    stop: () => proc.stop('SIGTERM', 10_000),
  };
}

/**
 * Errors the host logged in output[from..]: each "fail:"/"crit:" entry of the console logger (with its message and
 * exception lines) and any unhandled exception. Returns { problems, next } (next: where the following check starts).
 */
export function hostLogProblems(proc, from = 0) {
  const output = proc.output();
  const problems = [];
  const entry = /^(?:fail|crit): .*(?:\n(?: {6}|\s+at ).*)*/gm;
  const text = output.slice(from);
  for (const m of text.matchAll(entry)) problems.push(m[0].split('\n').slice(0, 4).join(' | '));
  for (const m of text.matchAll(/^Unhandled exception\..*/gm)) problems.push(m[0]);
  return { problems, next: output.length };
}

/** Runs a command-line entry of the host (e.g. seed-demo) against the same storage and settings; resolves on exit 0. */
export async function runHostCommand(args, { tablesConnectionString, tenantId, logFile, extraEnv = {} }) {
  const [cmd, ...baseArgs] = HOST_COMMAND;
  const proc = startProcess(cmd, [...baseArgs, '--', ...args], {
    cwd: REPO_ROOT,
    env: hostEnv({ port: 0, tablesConnectionString, tenantId, extraEnv }),
    logFile,
    name: `host-${args[0]}`,
  });
  await waitUntil(() => proc.exitInfo(), { timeoutMs: 120_000, intervalMs: 200, what: `host ${args[0]} to finish (log: ${logFile})` });
  const exit = proc.exitInfo();
  if (exit.code !== 0) throw new Error(`host ${args.join(' ')} exited ${JSON.stringify(exit)}:\n${proc.output().slice(-3000)}`);
}
