#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker, pinned in .config/dotnet-tools.json), outside CI's budget:
#   scripts/mutation.sh domain   # the domain's authorisation-, tenancy- and erasure-relevant files (tests/mutation/domain.json)
#   scripts/mutation.sh teams    # the wire layer: authentication, adapter, router, connector client (tests/mutation/teams.json)
# Concurrency 1 (the machine is shared); a domain run took 55 min. Reports: artifacts/mutation/<name>/reports/
# (mutation-report.html, .json). Scores and the surviving mutants that matter: docs/testing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
case "${1:-}" in
  domain) tests=tests/NaringslivCrm.Domain.Tests ;;
  teams) tests=tests/NaringslivCrm.Teams.Tests ;;
  *) echo "usage: scripts/mutation.sh domain|teams" >&2; exit 2 ;;
esac
dotnet tool restore >/dev/null
dotnet restore NaringslivCrm.sln --verbosity quiet
cd "$tests"
exec nice -n 15 dotnet stryker -f "$ROOT/tests/mutation/$1.json" -O "$ROOT/artifacts/mutation/$1"
