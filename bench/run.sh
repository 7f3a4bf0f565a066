#!/usr/bin/env bash
# Runs the benchmarks on this machine and prints the figures for docs/performance.md.
# Usage: bench/run.sh [roundtrip|mesearch|tabapi|import|reminders|all] [--requests N] [--concurrency N]
#        bench/run.sh reminders [--followups 1000] [--rate 5]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh >/dev/null
dotnet build -c Release bot/NaringslivCrm.Bot -nologo -clp:ErrorsOnly
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(dotnet --version), $(date -u +%Y-%m-%dT%H:%MZ)"
dotnet run -c Release --project bench/NaringslivCrm.Bench -- "$@"
