#!/usr/bin/env bash
# One command for every whole-process benchmark, side by side with the peers, in one run: builds the
# jar, generates one workspace, runs scripts/bench-check.sh (the command line against rumdl and
# markdownlint-cli2) and e2e/node-client/bench.mjs (the editor, against VS Code's markdown server) in
# it, and rewrites the measured block of docs/performance.md. Not part of any test run.
#
#   scripts/bench-all.sh                                     # 10,000 files; 15–30 minutes
#   FILES=200 RUNS=1 EDITS=5 HOVERS=5 scripts/bench-all.sh   # smoke run
#
# Environment: FILES (10000), SEED (42), RUNS (5 command-line rounds), EDITS (60 keystrokes),
# HOVERS (60), HANDOFF_CMD (our command, as in bench-check.sh), NO_BUILD=1 (use the jar as it is),
# PAGE (docs/performance.md), KEEP=1 (keep the workspace and the JSON lines).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
FILES="${FILES:-10000}"
SEED="${SEED:-42}"
PAGE="${PAGE:-$ROOT/docs/performance.md}"
cd "$ROOT"

for tool in java node npm; do
  command -v "$tool" >/dev/null || { echo "bench-all: '$tool' is required but not on PATH" >&2; exit 1; }
done
if [[ -z "${NO_BUILD:-}" && -z "${HANDOFF_CMD:-}" ]]; then
  echo "== building server/target/handoff-ls.jar" >&2
  ./mvnw -q -B -ntp -pl server -am package -DskipTests
fi
NODE_DIR="$ROOT/e2e/node-client"
if [[ ! -f "$NODE_DIR/node_modules/.package-lock.json" || "$NODE_DIR/package-lock.json" -nt "$NODE_DIR/node_modules/.package-lock.json" ]]; then
  (cd "$NODE_DIR" && npm ci --prefer-offline --no-audit --no-fund --loglevel=error)
fi
scripts/bench-peers.sh >/dev/null

WORK="$(mktemp -d "${TMPDIR:-/tmp}/handoff-bench-all.XXXXXX")"
if [[ -z "${KEEP:-}" ]]; then
  trap 'rm -rf "$WORK"' EXIT
fi
WS="$WORK/workspace"
RESULTS="$WORK/results.jsonl"
# The code measured is the code at the start (the page names this commit).
DIRTY=false
[[ -z "$(git status --porcelain --untracked-files=no)" ]] || DIRTY=true
printf '{"bench":"run","commit":"%s","dirty":%s,"date":"%s"}\n' "$(git rev-parse --short HEAD)" "$DIRTY" "$(date -u +%F)" >"$RESULTS"
echo "== generating $FILES markdown files (seed $SEED) in $WS" >&2
java server/src/test/java/dev/handoffls/bench/WorkspaceGenerator.java "$WS" "$FILES" "$SEED" >&2

echo "== command line: scripts/bench-check.sh" >&2
WS="$WS" RESULTS="$RESULTS" scripts/bench-check.sh
# The editor benchmark adds its 5,000-line L2 to the workspace: after the command-line runs.
echo "== editor: e2e/node-client/bench.mjs" >&2
node "$NODE_DIR/bench.mjs" "$WS" --edits "${EDITS:-60}" --hovers "${HOVERS:-60}" --json "$RESULTS" || echo "bench-all: bench.mjs reported a failure (kept in the table)" >&2

node "$NODE_DIR/bench-docs.mjs" "$RESULTS" "$PAGE"
if [[ -n "${KEEP:-}" ]]; then
  echo "workspace and results kept in $WORK" >&2
fi
