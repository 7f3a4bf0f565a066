#!/usr/bin/env bash
# Installs every tool the local run and the tests need, pinned: npm packages from the lockfiles, Debian's
# chromium (system browser for Playwright; never a downloaded one), and the .NET packages via restore.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || need_apt+=(fonts-dejavu-core)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "==> apt-get install ${need_apt[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

npm_ci() { # npm ci only when the lockfile changed since the last install
  local dir="$1" stamp="$1/node_modules/.lock-stamp"
  if [ ! -f "$stamp" ] || ! cmp -s "$dir/package-lock.json" "$stamp"; then
    echo "==> npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}
npm_ci .
[ -f tab/package-lock.json ] && npm_ci tab

echo "==> dotnet restore"
dotnet restore NaringslivCrm.sln --verbosity quiet
