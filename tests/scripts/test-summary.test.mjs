// scripts/lib/test-summary.mjs reads each runner's own summary format. Samples are the runners' real output
// (dotnet test / VSTest console logger, node --test TAP and spec reporters, vitest's default reporter).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summarize } from '../../scripts/lib/test-summary.mjs';

const counts = (kind, text) => {
  const { passed, failed, skipped, cancelled, todo, summaries } = summarize(kind, text);
  return [passed, failed, skipped, cancelled, todo, summaries];
};

test('dotnet: one summary line per test assembly, failed and skipped counted', () => {
  const log = [
    'Passed!  - Failed:     0, Passed:    41, Skipped:     0, Total:    41, Duration: 11 s - NaringslivCrm.Teams.Tests.dll (net10.0)',
    '\x1b[31mFailed!  - Failed:     2, Passed:   150, Skipped:     3, Total:   155, Duration: 1 s - NaringslivCrm.Domain.Tests.dll (net10.0)\x1b[0m',
  ].join('\n');
  assert.deepEqual(counts('dotnet', log), [191, 2, 3, 0, 0, 2]);
});

test('dotnet: a crashed test host prints no summary', () => {
  const log = 'The active test run was aborted. Reason: Test host process crashed\nTest Run Aborted.\n';
  assert.deepEqual(counts('dotnet', log), [0, 0, 0, 0, 0, 0]);
});

test('node TAP: cancelled and todo read from the final block, not from nested subtests', () => {
  const log = [
    '    # Subtest: inner', '    ok 1 - inner', '  # pass 99', // an indented line is never the summary
    '1..3', '# tests 6', '# suites 1', '# pass 2', '# fail 1', '# cancelled 1', '# skipped 1', '# todo 1', '# duration_ms 12',
  ].join('\n');
  assert.deepEqual(counts('node', log), [2, 1, 1, 1, 1, 1]);
});

test('node spec reporter', () => {
  const log = ['ℹ tests 4', 'ℹ suites 0', 'ℹ pass 4', 'ℹ fail 0', 'ℹ cancelled 0', 'ℹ skipped 0', 'ℹ todo 0', 'ℹ duration_ms 5'].join('\n');
  assert.deepEqual(counts('node', log), [4, 0, 0, 0, 0, 1]);
});

test('vitest: failed, passed, skipped and todo on the Tests line; the Test Files line is not counted', () => {
  const log = [
    ' Test Files  1 failed | 12 passed (13)',
    '      Tests  2 failed | 50 passed | 1 skipped | 2 todo (55)',
    '   Start at  06:46:50',
  ].join('\n');
  assert.deepEqual(counts('vitest', log), [50, 2, 1, 0, 2, 1]);
});

test('vitest: no test files found prints no summary', () => {
  assert.deepEqual(counts('vitest', 'No test files found, exiting with code 1\n'), [0, 0, 0, 0, 0, 0]);
});
