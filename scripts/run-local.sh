#!/usr/bin/env bash
# Runs the app locally: Azurite (persistent data in .local/ or $LOCAL_DIR, no telemetry), demo data, the bot host with the tab on
# http://127.0.0.1:3978 in explicit anonymous development mode, and the Microsoft 365 Agents Playground on
# http://127.0.0.1:56150. Ctrl-C stops everything cleanly.
# The Playground's client speaks Swedish (sv-SE) through a small locale proxy; LOCAL_LOCALE=en-US for English.
# Every step prints one line with the seconds since start; build and tool output goes to "$LOCAL_DIR/logs/" (shown on failure).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
HOST_PORT="${HOST_PORT:-3978}" TABLE_PORT="${TABLE_PORT:-10002}" PLAYGROUND_PORT="${PLAYGROUND_PORT:-56150}"
LOCAL_LOCALE="${LOCAL_LOCALE:-sv-SE}"
LOCAL_DIR="${LOCAL_DIR:-.local}"   # data and logs (git-ignored); tests point it elsewhere
PLAYGROUND_TENANT="00000000-0000-0000-0000-0000000000001"

mkdir -p "$LOCAL_DIR/azurite" "$LOCAL_DIR/logs"
step_no=0
step() { step_no=$((step_no + 1)); printf '[%d/7 %3ds] %s\n' "$step_no" "$SECONDS" "$1"; }
quiet() { # runs a command with its output in $LOCAL_DIR/logs/<name>.log; shows the log's tail when it fails
  local name="$1"; shift
  if ! "$@" > "$LOCAL_DIR/logs/$name.log" 2>&1; then
    echo "  failed: $* (last lines of $LOCAL_DIR/logs/$name.log)"; tail -n 30 "$LOCAL_DIR/logs/$name.log"; exit 1
  fi
}

step "Installing tools (npm ci, chromium, dotnet restore; only what changed)…"
quiet install-tools scripts/install-tools.sh
step "Building the tab (Vite)…"
[ -f tab/package.json ] && quiet tab-build bash -c 'cd tab && npm run --silent build'
step "Building the bot host (dotnet build)…"
quiet dotnet-build dotnet build bot/NaringslivCrm.Bot --no-restore -nologo -clp:ErrorsOnly

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

step "Starting Azurite (table storage in "$LOCAL_DIR/azurite")…"
node node_modules/azurite/dist/src/table/main.js --tableHost 127.0.0.1 --tablePort "$TABLE_PORT" \
  --location "$LOCAL_DIR/azurite" --disableTelemetry --skipApiVersionCheck > "$LOCAL_DIR/logs/azurite.log" 2>&1 &
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
step "Loading the demo data (seed-demo: 40 firms in Oskarshamn, 0882)…"
dotnet run --project bot/NaringslivCrm.Bot --no-build --no-launch-profile -- seed-demo

step "Starting the bot host on http://127.0.0.1:$HOST_PORT…"
dotnet run --project bot/NaringslivCrm.Bot --no-build --no-launch-profile > "$LOCAL_DIR/logs/host.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$HOST_PORT/healthz" >/dev/null && break; sleep 0.3; done
curl -sf "http://127.0.0.1:$HOST_PORT/healthz" >/dev/null || { echo "  the host did not start: see $LOCAL_DIR/logs/host.log"; tail -n 30 "$LOCAL_DIR/logs/host.log"; exit 1; }

# The Playground (bot shown as "NaringslivCrm", tenant = the demo municipality) behind the locale proxy.
step "Starting the Agents Playground (client locale $LOCAL_LOCALE)…"
node scripts/lib/playground.mjs --bot "http://127.0.0.1:$HOST_PORT/api/messages" --port "$PLAYGROUND_PORT" \
  --locale "$LOCAL_LOCALE" > "$LOCAL_DIR/logs/playground.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 150); do grep -q '^Agents Playground: ' "$LOCAL_DIR/logs/playground.log" && break; sleep 0.2; done
PLAYGROUND_URL="$(sed -n 's/^Agents Playground: \(http[^ ]*\).*/\1/p' "$LOCAL_DIR/logs/playground.log")"
[ -n "$PLAYGROUND_URL" ] || { echo "  the Playground did not start: see $LOCAL_DIR/logs/playground.log"; tail -n 30 "$LOCAL_DIR/logs/playground.log"; exit 1; }

cat <<MSG

  NaringslivCrm is running (ready after ${SECONDS} s).
    Agents Playground (chat):  $PLAYGROUND_URL   (client locale $LOCAL_LOCALE)
    Tab:                       http://127.0.0.1:$HOST_PORT/tab/   (development sign-in)
    API / OpenAPI:             http://127.0.0.1:$HOST_PORT/openapi/v1.json
    Logs:                      "$LOCAL_DIR/logs/"
  Press Ctrl-C to stop.

MSG
wait
