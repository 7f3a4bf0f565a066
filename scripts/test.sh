#!/usr/bin/env bash
# Runs every test: .NET unit and integration tests (against a real Azurite the fixtures start), card schema checks,
# the tab's component tests and build, manifest and Bicep validation, and the end-to-end tests in the Agents
# Playground and the tab in headless Chromium. Installs what it needs first. Ends with one 'N passed, N failed' line.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
LOGS="$ROOT/artifacts/logs"; mkdir -p "$LOGS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

scripts/install-tools.sh || { echo "install failed"; exit 1; }

passed=0; failed=0; broken=()

count() { # adds the pass/fail counts a runner printed to the totals
  local raw="$1" p f log
  log="$raw.plain"; sed 's/\x1b\[[0-9;]*m//g' "$raw" > "$log"   # colour codes off, so lines start where they seem to
  # dotnet test: "Passed!  - Failed:     0, Passed:    32, Skipped: ..."
  while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
    grep -aoE 'Failed:\s+[0-9]+, Passed:\s+[0-9]+' "$log" | sed -E 's/Failed:\s+([0-9]+), Passed:\s+([0-9]+)/\1 \2/')
  # node --test: "# pass 3" / "# fail 0"  (also "ℹ pass 3")
  p=$(grep -aE '^(#|ℹ) pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}'); passed=$((passed + p))
  f=$(grep -aE '^(#|ℹ) fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}'); failed=$((failed + f))
  # vitest: "Tests  2 failed | 11 passed (13)" or "Tests  12 passed (12)"
  if grep -aqE '^\s+Tests\s+' "$log"; then
    local line; line=$(grep -aE '^\s+Tests\s+' "$log" | tail -1)
    p=$(echo "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+' || echo 0); passed=$((passed + ${p:-0}))
    f=$(echo "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 0); failed=$((failed + ${f:-0}))
  fi
}

step() { # step NAME COMMAND...: runs a step, keeps its log, counts its tests
  local name="$1"; shift
  echo "==> $name"
  local start=$SECONDS
  if "$@" > "$LOGS/$name.log" 2>&1; then
    echo "    ok ($((SECONDS - start)) s)"
  else
    echo "    FAILED ($((SECONDS - start)) s) — last lines of artifacts/logs/$name.log:"
    tail -40 "$LOGS/$name.log" | sed 's/^/    | /'
    broken+=("$name")
  fi
  count "$LOGS/$name.log"
}

step build dotnet build NaringslivCrm.sln --no-restore -nologo -clp:ErrorsOnly
step dotnet-tests dotnet test NaringslivCrm.sln --no-build -nologo
if [ -f tab/package.json ]; then
  step tab-typecheck bash -c "cd tab && npm run --silent typecheck"
  step tab-tests bash -c "cd tab && npx vitest run"
  step tab-build bash -c "cd tab && npm run --silent build"
fi
[ -d tests/manifest ] && step manifest node --test tests/manifest/
[ -f scripts/bicep.sh ] && step bicep bash scripts/bicep.sh
[ -d tests/e2e ] && step e2e node --test --test-concurrency=1 tests/e2e/

echo
if [ ${#broken[@]} -gt 0 ]; then
  echo "Steps failed: ${broken[*]}"
  [ "$failed" -eq 0 ] && failed=${#broken[@]}
fi
echo "$passed passed, $failed failed"
[ ${#broken[@]} -eq 0 ] && [ "$failed" -eq 0 ]
