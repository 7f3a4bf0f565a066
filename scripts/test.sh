#!/usr/bin/env bash
# Runs every test: .NET unit and integration tests (against a real Azurite the fixtures start), card schema checks,
# the tab's component tests and build, manifest and Bicep validation, and the end-to-end tests in the Agents
# Playground and the tab in headless Chromium. Installs what it needs first. Ends with one
# 'N passed, N failed, N skipped' line.
# How steps are counted: scripts/lib/steps.sh (a step without a summary, with zero tests or with a failing exit and
# no failed test counts as failed; a step whose inputs failed to build does not run).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
LOGS="$ROOT/artifacts/logs"; mkdir -p "$LOGS"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

scripts/install-tools.sh || { echo "install failed"; echo "0 passed, 1 failed, 0 skipped"; exit 1; }

source scripts/lib/steps.sh

dotnet_ok=1; tab_ok=1
step build none dotnet build NaringslivCrm.sln --no-restore -nologo -clp:ErrorsOnly || dotnet_ok=0
for project in tests/*/*.Tests.csproj; do
  name="dotnet-$(basename "$project" .csproj | sed 's/^NaringslivCrm\.//; s/\.Tests$//' | tr 'A-Z' 'a-z')"
  if [ $dotnet_ok -eq 1 ]; then step "$name" dotnet dotnet test "$project" --no-build -nologo
  else not_run "$name" "the .NET build failed"; fi
done
if [ -f tab/package.json ]; then
  step tab-api-types none bash -c "cd tab && npm run --silent check:api"
  step tab-typecheck none bash -c "cd tab && npm run --silent typecheck"
  step tab-lint none bash -c "cd tab && npm run --silent lint"
  step tab-tests vitest bash -c "cd tab && npx vitest run"
  step tab-build none bash -c "cd tab && npm run --silent build" || tab_ok=0
fi
[ -d tests/scripts ] && step scripts node node --test tests/scripts/
[ -d tests/manifest ] && step manifest node node --test tests/manifest/
[ -f scripts/bicep.sh ] && step bicep none bash scripts/bicep.sh
if [ -d tests/e2e ]; then
  if [ $dotnet_ok -eq 1 ] && [ $tab_ok -eq 1 ]; then step e2e node node --test --test-concurrency=1 tests/e2e/
  else not_run e2e "the host or the tab failed to build"; fi
fi

finish
