#!/usr/bin/env bash
# Runs the app locally: Azurite (persistent data in .local/, no telemetry), demo data, the bot host with the tab on
# http://127.0.0.1:3978 in explicit anonymous development mode, and the Microsoft 365 Agents Playground on
# http://127.0.0.1:56150. Ctrl-C stops everything cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
HOST_PORT="${HOST_PORT:-3978}" TABLE_PORT="${TABLE_PORT:-10002}" PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
PLAYGROUND_TENANT="00000000-0000-0000-0000-0000000000001"

scripts/install-tools.sh
[ -f tab/package.json ] && (cd tab && npm run --silent build)
dotnet build bot/NaringslivCrm.Bot --no-restore -nologo -clp:ErrorsOnly

mkdir -p .local/azurite .local/playground .local/logs
pids=()
stop() {
  trap - INT TERM EXIT
  echo; echo "Stopping…"
  for pid in "${pids[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop INT TERM EXIT

node node_modules/azurite/dist/src/table/main.js --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" \
  --location .local/azurite --disableTelemetry --skipApiVersionCheck > .local/logs/azurite.log 2>&1 &
pids+=($!)

export ASPNETCORE_ENVIRONMENT=Development
export ASPNETCORE_URLS="http://127.0.0.1:$HOST_PORT"
export Bot__AllowAnonymous=true   # explicit development switch: the Playground sends no token
export ConnectionStrings__Tables="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$TABLE_PORT/devstoreaccount1;"
export Municipalities__0__TenantIds__0="$PLAYGROUND_TENANT"
# Explicit development sign-in for the tab in a plain browser (off by default; refused outside Development).
export TabAuth__DevTokens__Enabled=true
i=0
for u in "demo-anna|Anna Lindqvist|manager" "demo-erik|Erik Johansson|officer" "demo-sara|Sara Nilsson|officer"; do
  IFS='|' read -r id name role <<<"$u"
  export "TabAuth__DevTokens__Users__${i}__UserId=$id" "TabAuth__DevTokens__Users__${i}__Name=$name" \
    "TabAuth__DevTokens__Users__${i}__MunicipalityCode=0882" "TabAuth__DevTokens__Users__${i}__Roles__0=$role"
  i=$((i + 1))
done

for _ in $(seq 1 50); do (exec 3<>/dev/tcp/127.0.0.1/"$TABLE_PORT") 2>/dev/null && break; sleep 0.2; done
dotnet run --project bot/NaringslivCrm.Bot --no-build --no-launch-profile -- seed-demo

dotnet run --project bot/NaringslivCrm.Bot --no-build --no-launch-profile > .local/logs/host.log 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$HOST_PORT/healthz" >/dev/null && break; sleep 0.3; done

(cd .local/playground && exec node "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" start --disable-telemetry \
  -e "http://127.0.0.1:$HOST_PORT/api/messages" -c msteams -p "$PLAYGROUND_PORT") > .local/logs/playground.log 2>&1 &
pids+=($!)

cat <<MSG

  NaringslivCrm is running.
    Agents Playground (chat):  http://127.0.0.1:$PLAYGROUND_PORT
    Tab:                       http://127.0.0.1:$HOST_PORT/tab/   (development sign-in)
    API / OpenAPI:             http://127.0.0.1:$HOST_PORT/openapi/v1.json
    Logs:                      .local/logs/
  Press Ctrl-C to stop.

MSG
wait
