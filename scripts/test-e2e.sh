#!/usr/bin/env bash
# End-to-end tests of the language server through real LSP clients:
#   1. e2e/node-client/run.mjs  — a scripted client (vscode-languageserver-protocol) over stdio
#   2. e2e/nvim/check.lua       — headless Neovim (0.7+) with its built-in LSP client
#   3. e2e/report/run.mjs       — the pipeline report (handoff-ls report) loaded in headless Chromium
# Each runs against its own scratch copy of samples/ (rename must never touch samples/).
#
# Usage: scripts/test-e2e.sh
# Environment:
#   HANDOFF_JAR                 server jar (default: server/target/handoff-ls.jar, built when missing)
#   HANDOFF_E2E_BUILD=1         rebuild the jar first even if it exists
#   HANDOFF_E2E_REQUIRE_NVIM=1  fail (instead of skipping) when nvim is not installed
#   HANDOFF_E2E_VERBOSE=1       print the server's stderr and messages (Node client)
#   HANDOFF_E2E_STRICT=1        fail (instead of skipping) the report test when Chromium is missing
#   HANDOFF_E2E_CHROMIUM        Chromium binary for the report test (default /usr/bin/chromium)
# Exit status: 0 when every check passed, 1 otherwise.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAR=${HANDOFF_JAR:-$ROOT/server/target/handoff-ls.jar}
case "$JAR" in /*) ;; *) JAR=$ROOT/$JAR ;; esac

for tool in java node npm; do
  command -v "$tool" >/dev/null || { echo "test-e2e: '$tool' is required but not on PATH" >&2; exit 1; }
done

if [[ ! -f "$JAR" || -n "${HANDOFF_E2E_BUILD:-}" ]]; then
  echo "== building $JAR"
  ./mvnw -q package -DskipTests
fi
[[ -f "$JAR" ]] || { echo "test-e2e: $JAR was not built" >&2; exit 1; }

# npm ci only when node_modules is missing or older than the lock file (npm writes
# node_modules/.package-lock.json on every install).
NODE_DIR=$ROOT/e2e/node-client
if [[ ! -f "$NODE_DIR/node_modules/.package-lock.json" || "$NODE_DIR/package-lock.json" -nt "$NODE_DIR/node_modules/.package-lock.json" ]]; then
  echo "== npm ci (e2e/node-client)"
  (cd "$NODE_DIR" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi

REPORT_DIR=$ROOT/e2e/report
if [[ ! -f "$REPORT_DIR/node_modules/.package-lock.json" || "$REPORT_DIR/package-lock.json" -nt "$REPORT_DIR/node_modules/.package-lock.json" ]]; then
  echo "== npm ci (e2e/report)"
  (cd "$REPORT_DIR" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/handoff-e2e.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/ws-node" "$WORK/ws-nvim" "$WORK/home"
cp -a "$ROOT/samples/." "$WORK/ws-node/"
cp -a "$ROOT/samples/." "$WORK/ws-nvim/"

status=0

echo "== Node scripted client"
if ! HANDOFF_JAR=$JAR HANDOFF_WS=$WORK/ws-node timeout 120 node "$NODE_DIR/run.mjs" </dev/null; then
  status=1
fi

echo "== server exits when its editor process dies"
if ! HANDOFF_JAR=$JAR timeout 60 node "$NODE_DIR/parent-exit.mjs" </dev/null; then
  status=1
fi

echo "== Neovim (headless)"
if command -v nvim >/dev/null; then
  # Isolated HOME and XDG folders: no user config, plugins, shada or LSP log of the caller.
  if ! env HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config" XDG_DATA_HOME="$WORK/home/.local/share" \
      XDG_STATE_HOME="$WORK/home/.local/state" XDG_CACHE_HOME="$WORK/home/.cache" \
      HANDOFF_JAR="$JAR" HANDOFF_WS="$WORK/ws-nvim" \
      timeout 120 nvim --headless -n -i NONE -u NONE -c "luafile $ROOT/e2e/nvim/check.lua" </dev/null; then
    status=1
  fi
elif [[ -n "${HANDOFF_E2E_REQUIRE_NVIM:-}" ]]; then
  echo "FAIL neovim: nvim is not installed and HANDOFF_E2E_REQUIRE_NVIM is set (apt-get install -y neovim)"
  status=1
else
  echo "SKIP neovim: nvim is not installed (apt-get install -y neovim; set HANDOFF_E2E_REQUIRE_NVIM=1 to make this a failure)"
fi

echo "== pipeline report (headless Chromium)"
if [[ -x "${HANDOFF_E2E_CHROMIUM:-/usr/bin/chromium}" ]]; then
  # Chromium writes its profile and caches under HOME: give it a scratch one.
  if ! HOME="$WORK/home" HANDOFF_JAR=$JAR timeout 90 node "$REPORT_DIR/run.mjs" </dev/null; then
    status=1
  fi
elif [[ -n "${HANDOFF_E2E_STRICT:-}" ]]; then
  echo "FAIL report: chromium is not installed and HANDOFF_E2E_STRICT is set (apt-get install -y chromium)"
  status=1
else
  echo "SKIP report: chromium is not installed (apt-get install -y chromium)"
fi

if [[ $status -eq 0 ]]; then echo "test-e2e: PASS"; else echo "test-e2e: FAIL"; fi
exit $status
