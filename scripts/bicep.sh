#!/usr/bin/env bash
# Compiles and lints infra/main.bicep with the Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64, pinned
# in tools/bicep/bicep.csproj), offline once the package is in the NuGet cache.
# Exits non-zero on any error or warning.
set -euo pipefail

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$repo_root/tools/bicep/bicep.csproj"
version="$(sed -n 's:.*<BicepCliVersion>\(.*\)</BicepCliVersion>.*:\1:p' "$project")"
if [[ -z "$version" ]]; then
  echo "bicep.sh: no <BicepCliVersion> in $project" >&2
  exit 2
fi

dotnet restore "$project" --nologo --verbosity quiet >/dev/null

packages="${NUGET_PACKAGES:-}"
if [[ -z "$packages" ]]; then
  packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
fi
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [[ ! -f "$bicep" ]]; then
  echo "bicep.sh: Bicep CLI not found at $bicep after restore" >&2
  exit 2
fi
[[ -x "$bicep" ]] || chmod +x "$bicep"

cd "$repo_root"
echo "Bicep CLI $("$bicep" --version | sed -n 's/^Bicep CLI version \([^ ]*\).*/\1/p')"

status=0
run() {
  local label="$1"
  shift
  local output
  if ! output="$("$@" 2>&1)"; then
    printf '%s\n' "$output" >&2
    echo "FAIL: $label (errors)" >&2
    status=1
    return
  fi
  if grep -Eq '(^|[ :])Warning ' <<<"$output"; then
    printf '%s\n' "$output" >&2
    echo "FAIL: $label (warnings)" >&2
    status=1
    return
  fi
  echo "ok: $label"
}

run "bicep build infra/main.bicep" bash -c "\"$bicep\" build infra/main.bicep --stdout 2>&1 >/dev/null"
run "bicep lint infra/main.bicep" "$bicep" lint infra/main.bicep
for module in infra/modules/*.bicep; do
  run "bicep lint $module" "$bicep" lint "$module"
done

# main.parameters.json must name only parameters main.bicep declares, and every required one.
if [[ $status -eq 0 ]]; then
params_check="$("$bicep" build infra/main.bicep --stdout | node -e '
  const fs = require("node:fs");
  const template = JSON.parse(fs.readFileSync(0, "utf8"));
  const file = JSON.parse(fs.readFileSync("infra/main.parameters.json", "utf8"));
  const unknown = Object.keys(file.parameters).filter((p) => !(p in template.parameters));
  const required = Object.entries(template.parameters)
    .filter(([name, p]) => p.defaultValue === undefined && !(name in file.parameters)).map(([name]) => name);
  if (unknown.length || required.length) {
    console.log(`unknown: ${unknown.join(", ") || "-"}; required but missing: ${required.join(", ") || "-"}`);
    process.exit(1);
  }
')" || { echo "FAIL: infra/main.parameters.json: $params_check" >&2; status=1; }
[[ $status -eq 0 ]] && echo "ok: infra/main.parameters.json matches main.bicep"
fi

if [[ $status -ne 0 ]]; then
  echo "bicep.sh: failed" >&2
fi
exit $status
