// Reads the summary a test runner printed and returns its counts, so scripts/test.sh counts honestly.
//   node scripts/lib/test-summary.mjs <dotnet|node|vitest> <log>  →  "passed failed skipped cancelled todo summaries"
// summaries is how many summary blocks the log holds (0: the runner printed none, which test.sh counts as a failure).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ANSI = /\x1b\[[0-9;]*m/g;

/** Counts from one runner's output. Every count is a number; summaries is 0 when no summary was found. */
export function summarize(kind, text) {
  const plain = text.replace(ANSI, '').replace(/\r/g, '');
  const total = { passed: 0, failed: 0, skipped: 0, cancelled: 0, todo: 0, summaries: 0 };
  const add = (counts) => {
    for (const k of ['passed', 'failed', 'skipped', 'cancelled', 'todo']) total[k] += counts[k] ?? 0;
    total.summaries += 1;
  };
  if (kind === 'dotnet') {
    // VSTest: "Passed!  - Failed:     0, Passed:    41, Skipped:     0, Total:    41, Duration: 11 s - X.dll (net10.0)"
    for (const m of plain.matchAll(/^\s*(?:Passed|Failed)!\s+-\s+Failed:\s+(\d+), Passed:\s+(\d+), Skipped:\s+(\d+), Total:\s+(\d+)/gm)) {
      add({ failed: +m[1], passed: +m[2], skipped: +m[3] });
    }
  } else if (kind === 'node') {
    // node --test, TAP ("# pass 3") or spec ("ℹ pass 3"): one block at column 0 after the last test.
    for (const m of plain.matchAll(/^(?:#|ℹ) tests (\d+)\n(?:(?:#|ℹ) suites \d+\n)?(?:#|ℹ) pass (\d+)\n(?:#|ℹ) fail (\d+)\n(?:#|ℹ) cancelled (\d+)\n(?:#|ℹ) skipped (\d+)\n(?:#|ℹ) todo (\d+)$/gm)) {
      add({ passed: +m[2], failed: +m[3], cancelled: +m[4], skipped: +m[5], todo: +m[6] });
    }
  } else if (kind === 'vitest') {
    // vitest: "      Tests  2 failed | 11 passed | 1 skipped | 1 todo (15)"
    for (const m of plain.matchAll(/^\s+Tests\s+((?:\d+ [a-z]+(?: \| )?)+)\s+\((\d+)\)$/gm)) {
      const counts = {};
      for (const part of m[1].matchAll(/(\d+) ([a-z]+)/g)) counts[part[2]] = +part[1];
      add(counts);
    }
  } else {
    throw new Error(`unknown runner '${kind}' (dotnet, node or vitest)`);
  }
  return total;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [kind, log] = process.argv.slice(2);
  const t = summarize(kind, readFileSync(log, 'utf8'));
  console.log([t.passed, t.failed, t.skipped, t.cancelled, t.todo, t.summaries].join(' '));
}
