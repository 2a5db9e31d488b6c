#!/usr/bin/env bash
# Installs the peers the benchmarks measure against, at pinned versions, into a cache folder outside
# the repository (default ~/.cache/handoff-bench; override with HANDOFF_BENCH_CACHE), and prints that
# folder. scripts/bench-check.sh and scripts/bench-all.sh run it, and
# e2e/node-client/bench.mjs reads the folder it prints.
#
#   rumdl                          @rumdl/cli-linux-x64 (the prebuilt Linux x64 binary of rumdl)
#   markdownlint-cli2              markdownlint-cli2 (runs on Node)
#   vscode-markdown-languageserver VS Code's markdown language server, with markdown-it for its
#                                  markdown/parse requests (the client parses, as in VS Code)
set -euo pipefail

CACHE="${HANDOFF_BENCH_CACHE:-$HOME/.cache/handoff-bench}"
# Bump a version here to re-measure against it; the next run reinstalls.
PINS='{
  "name": "handoff-bench-peers",
  "private": true,
  "description": "Peers measured by handoff-ls scripts/bench-*.sh (generated; do not edit)",
  "dependencies": {
    "@rumdl/cli-linux-x64": "0.2.77",
    "markdownlint-cli2": "0.24.1",
    "vscode-markdown-languageserver": "0.5.0",
    "markdown-it": "14.1.0"
  }
}'

command -v npm >/dev/null || { echo "bench-peers: npm is required (Node.js 20 or newer)" >&2; exit 1; }
if [[ "$(uname -sm)" != "Linux x86_64" ]]; then
  echo "bench-peers: the pinned rumdl binary is @rumdl/cli-linux-x64; this is $(uname -sm)" >&2
fi
mkdir -p "$CACHE"
if [[ "$(cat "$CACHE/package.json" 2>/dev/null)" != "$PINS" || ! -x "$CACHE/node_modules/@rumdl/cli-linux-x64/rumdl" \
  || ! -f "$CACHE/node_modules/.package-lock.json" ]]; then
  echo "bench-peers: installing pinned peers into $CACHE ..." >&2
  printf '%s\n' "$PINS" >"$CACHE/package.json"
  # The newest markdownlint-cli2 and markdown server declare node >= 22 but run on 20: keep npm quiet.
  (cd "$CACHE" && npm install --no-audit --no-fund --no-save --loglevel=error --engine-strict=false >&2)
fi
echo "$CACHE"
