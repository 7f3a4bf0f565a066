// Process helpers shared by scripts and the e2e harness: free ports, spawning a child in its own process
// group with its output captured to a log file, waiting for readiness, and stopping it without hanging.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

/** Asks the OS for a free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const TIMEOUT = Symbol('timeout');
/** Resolves with the promise's value, or TIMEOUT after ms; the timer never outlives the race. */
export function raceTimeout(promise, ms) {
  let timer;
  return Promise.race([promise, new Promise((r) => { timer = setTimeout(() => r(TIMEOUT), ms); })])
    .finally(() => clearTimeout(timer));
}

/**
 * Starts a command in its own process group (so the whole tree can be signalled), appending stdout and
 * stderr to logFile. Returns { child, pid, output(), exited, stop(signal, graceMs) }.
 */
export function startProcess(command, args, { cwd, env, logFile, name = path.basename(command) } = {}) {
  if (logFile) fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : null;
  log?.write(`\n--- ${new Date().toISOString()} start ${name}: ${command} ${args.join(' ')} (cwd ${cwd ?? process.cwd()})\n`);
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true, // own process group: stop() signals -pid, reaching grandchildren (dotnet run → app)
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let buffer = '';
  const listeners = new Set();
  const onData = (chunk) => {
    const text = chunk.toString();
    buffer += text;
    if (buffer.length > 1_000_000) buffer = buffer.slice(-500_000);
    log?.write(text);
    for (const l of listeners) l(buffer);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exitInfo = null;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exitInfo = { code, signal };
      log?.write(`\n--- ${new Date().toISOString()} ${name} exited code=${code} signal=${signal}\n`);
      for (const l of listeners) l(buffer);
      resolve(exitInfo);
    });
    child.on('error', (err) => {
      exitInfo = { code: -1, signal: null, error: err };
      log?.write(`\n--- ${name} spawn error ${err}\n`);
      for (const l of listeners) l(buffer);
      resolve(exitInfo);
    });
  });
  exited.then(() => log?.end());

  const signalGroup = (signal) => {
    try { process.kill(-child.pid, signal); } catch { try { child.kill(signal); } catch { /* gone */ } }
  };

  return {
    name,
    child,
    pid: child.pid,
    output: () => buffer,
    exitInfo: () => exitInfo,
    exited,
    /** Resolves with the regex match once the output matches; rejects on exit or timeout. */
    waitForOutput(regex, timeoutMs) {
      return new Promise((resolve, reject) => {
        const check = (buf) => {
          const m = buf.match(regex);
          if (m) { done(); resolve(m); } else if (exitInfo) { done(); reject(new Error(`${name} exited (${JSON.stringify(exitInfo)}) before printing ${regex}:\n${buf.slice(-2000)}`)); }
        };
        const timer = setTimeout(() => { done(); reject(new Error(`${name}: no ${regex} within ${timeoutMs} ms:\n${buffer.slice(-2000)}`)); }, timeoutMs);
        const done = () => { clearTimeout(timer); listeners.delete(check); };
        listeners.add(check);
        check(buffer);
      });
    },
    /** Sends `signal` to the process group, escalates to SIGKILL after graceMs. Never throws. */
    async stop(signal = 'SIGTERM', graceMs = 5000) {
      if (exitInfo) return exitInfo;
      signalGroup(signal);
      if ((await raceTimeout(exited, graceMs)) === TIMEOUT) {
        log?.write(`\n--- ${name} did not exit on ${signal} within ${graceMs} ms, SIGKILL\n`);
        signalGroup('SIGKILL');
        await raceTimeout(exited, 2000);
      } else {
        // The leader exited; make sure no grandchild of the group survives.
        signalGroup('SIGKILL');
      }
      return exitInfo;
    },
  };
}

/** Polls fn() until it returns a truthy value; throws after timeoutMs with the last error. */
export async function waitUntil(fn, { timeoutMs = 30_000, intervalMs = 200, what = 'condition', abortIf } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastErr;
  while (Date.now() < deadline) {
    if (abortIf) { const reason = abortIf(); if (reason) throw new Error(`${what}: ${reason}`); }
    try { const v = await fn(); if (v) return v; } catch (e) { lastErr = e; }
    await sleep(intervalMs);
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms${lastErr ? `: ${lastErr.message}` : ''}`);
}

/** GET url, true when the status is 200 (1 s per attempt). */
export async function httpOk(url) {
  const ctl = AbortSignal.timeout(1000);
  const r = await fetch(url, { signal: ctl });
  await r.arrayBuffer().catch(() => {});
  return r.status === 200;
}
