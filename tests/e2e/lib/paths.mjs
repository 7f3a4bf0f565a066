import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** Screenshots and logs of e2e runs (git-ignored via artifacts/). */
export const ARTIFACTS = process.env.E2E_ARTIFACTS ?? path.join(REPO_ROOT, 'artifacts/e2e');
export function artifact(name) {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, name);
}
