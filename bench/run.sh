#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints the figures for docs/performance.md.
# Usage: bench/run.sh [roundtrip|mesearch|tabapi|import|reminders|all] [--requests N] [--concurrency N]
#        bench/run.sh reminders [--followups 1000] [--rate 5]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh >/dev/null
dotnet build -c Release bot/NaringslivCrm.Bot -nologo -clp:ErrorsOnly
if [ "${1:-}" = "peer" ]; then
  # The botbuilder 4.23.3 peer bot is installed here only (never by CI or the test command), pinned by its lockfile.
  (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error)
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ)"
dotnet run -c Release --project bench/NaringslivCrm.Bench -- "$@"
