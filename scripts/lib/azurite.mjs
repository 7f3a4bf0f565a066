// Start/stop the Azurite table service (npm azurite 3.37.0) on 127.0.0.1 for local runs and tests.
// CLI: node scripts/lib/azurite.mjs [--port N] [--location DIR]   (Ctrl-C stops it with SIGINT)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startProcess } from './proc.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const AZURITE_TABLE = path.join(REPO_ROOT, 'node_modules/azurite/dist/src/table/main.js');

export const DEVSTORE_ACCOUNT = 'devstoreaccount1';
// Well-known, public Azurite development key (not a secret).
export const DEVSTORE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function tableConnectionString(port) {
  return `DefaultEndpointsProtocol=http;AccountName=${DEVSTORE_ACCOUNT};AccountKey=${DEVSTORE_KEY};TableEndpoint=http://127.0.0.1:${port}/${DEVSTORE_ACCOUNT};`;
}

/**
 * Starts azurite-table. Options: port (default: a free one), location (default: a fresh temp dir;
 * in-memory persistence unless persist=true), logFile, timeoutMs.
 * Returns { port, connectionString, location, stop() } — stop() sends SIGINT (SIGTERM can lose writes).
 */
export async function startAzurite({ port, location, persist = false, logFile, timeoutMs = 20_000 } = {}) {
  port ??= await freePort();
  const ownDir = !location;
  location ??= fs.mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
  const args = [AZURITE_TABLE, '--tableHost', '127.0.0.1', '--tablePort', String(port),
    '--disableTelemetry', '--skipApiVersionCheck', '--silent'];
  // Azurite refuses --inMemoryPersistence together with --location; in memory it still writes its debug
  // files to cwd, which is the (temporary) location directory.
  args.push(...(persist ? ['--location', location] : ['--inMemoryPersistence']));
  const proc = startProcess(process.execPath, args, { cwd: location, logFile, name: 'azurite-table' });
  try {
    await proc.waitForOutput(/successfully (?:started|listening) (?:on|at) (?:http:\/\/)?127\.0\.0\.1:(\d+)/, timeoutMs);
  } catch (e) {
    await proc.stop('SIGKILL', 1000);
    throw e;
  }
  return {
    port,
    location,
    connectionString: tableConnectionString(port),
    proc,
    async stop() {
      await proc.stop('SIGINT', 10_000);
      if (ownDir) fs.rmSync(location, { recursive: true, force: true });
    },
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const argv = process.argv.slice(2);
  const opt = (n) => { const i = argv.indexOf(n); return i >= 0 ? argv[i + 1] : undefined; };
  const az = await startAzurite({ port: opt('--port') ? Number(opt('--port')) : 10002, location: opt('--location'), persist: !!opt('--location') });
  console.log(`Azurite table service on 127.0.0.1:${az.port}\nConnectionStrings__Tables=${az.connectionString}`);
  const stop = async () => { await az.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
