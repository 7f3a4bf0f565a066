// scripts/lib/steps.sh (the counting of scripts/test.sh), run by bash with fake runners: every way a step can hide a
// failure ends up in the failed count and the final line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/lib/paths.mjs';

const TAP = (pass, fail, { cancelled = 0, skipped = 0, todo = 0 } = {}) =>
  `printf '1..1\\n# tests ${pass + fail + cancelled + skipped + todo}\\n# suites 0\\n# pass ${pass}\\n# fail ${fail}\\n# cancelled ${cancelled}\\n# skipped ${skipped}\\n# todo ${todo}\\n'`;

/** Runs the given step lines after sourcing steps.sh; returns the last line and the exit status. */
function run(lines) {
  const logs = mkdtempSync(join(tmpdir(), 'steps-'));
  try {
    const script = ['set -uo pipefail', `LOGS=${logs}`, 'source scripts/lib/steps.sh', ...lines, 'finish'].join('\n');
    try {
      const out = execFileSync('bash', ['-c', script], { cwd: REPO_ROOT, encoding: 'utf8' });
      return { last: out.trim().split('\n').at(-1), status: 0, out };
    } catch (e) {
      return { last: e.stdout.trim().split('\n').at(-1), status: e.status, out: e.stdout };
    }
  } finally {
    rmSync(logs, { recursive: true, force: true });
  }
}

test('all green: the counts add up and the status is 0', () => {
  const r = run([`step a node bash -c "${TAP(3, 0)}"`, `step b node bash -c "${TAP(2, 0, { skipped: 1 })}"`]);
  assert.equal(r.last, '5 passed, 0 failed, 1 skipped');
  assert.equal(r.status, 0);
});

test('a step without a summary counts as failed even after another step failed', () => {
  const r = run([`step a node bash -c "${TAP(1, 2)}; exit 1"`, 'step b node bash -c "echo crashed; exit 1"']);
  assert.equal(r.last, '1 passed, 3 failed, 0 skipped');
  assert.match(r.out, /Steps failed: a b/);
  assert.notEqual(r.status, 0);
});

test('a runner that runs zero tests fails its step', () => {
  const r = run([`step a node bash -c "${TAP(0, 0)}"`]);
  assert.equal(r.last, '0 passed, 1 failed, 0 skipped');
  assert.match(r.out, /ran no tests/);
  assert.notEqual(r.status, 0);
});

test('a failing exit with no failed test reported counts as failed', () => {
  const r = run([`step a node bash -c "${TAP(4, 0)}; exit 7"`]);
  assert.equal(r.last, '4 passed, 1 failed, 0 skipped');
});

test('cancelled tests count as failed, todo as skipped, and both are shown', () => {
  const r = run([`step a node bash -c "${TAP(1, 0, { cancelled: 2, todo: 1 })}; exit 1"`]);
  assert.equal(r.last, '1 passed, 2 failed, 1 skipped');
  assert.match(r.out, /2 cancelled counted as failed, 1 todo counted as skipped/);
});

test('a failed build step counts, and a step not run after it counts as failed', () => {
  const r = run(['step build none bash -c "exit 1" || not_run tests "the build failed"']);
  assert.equal(r.last, '0 passed, 2 failed, 0 skipped');
  assert.match(r.out, /not run: the build failed/);
});
