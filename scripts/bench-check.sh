#!/usr/bin/env bash
# Side-by-side command-line benchmark: `handoff-ls check --format json` against rumdl and
# markdownlint-cli2 over a generated workspace of FILES markdown files, whole processes (JVM start
# included), as a new user would run them. Not part of any test run; run it by hand:
#
#   scripts/bench-check.sh                      # 10,000 files, seed 42, 5 rounds
#   FILES=200 RUNS=1 scripts/bench-check.sh     # smoke run (a minute)
#   KEEP=1 scripts/bench-check.sh               # keep the generated workspace and print where it is
#
# Environment:
#   FILES, SEED, RUNS   workspace size (10000), generator seed (42), measured rounds (5)
#   WS                  use this workspace instead of generating one (it is not deleted)
#   HANDOFF_CMD         our command (default: bin/handoff-ls if present, else java -jar server/target/handoff-ls.jar)
#   MARKDOWNLINT=0      leave markdownlint-cli2 out (it is the slowest by far)
#   RESULTS             append one JSON line per row to this file (read by scripts/bench-all.sh)
#
# Every tool runs once to warm up (page cache, and it fills the caches of the cached rows), then RUNS
# rounds run each row once, interleaved and in a rotating order, so that load from other processes on
# the machine falls on every tool alike. Wall time by date +%s%N; peak RSS by GNU time (%M). Prints the
# median and minimum wall time, the largest peak RSS, and our median over rumdl's.
set -euo pipefail

FILES="${FILES:-10000}"
SEED="${SEED:-42}"
RUNS="${RUNS:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/server/target/handoff-ls.jar"
GENERATOR="$ROOT/server/src/test/java/dev/handoffls/bench/WorkspaceGenerator.java"

# ---- tools
if [[ -n "${HANDOFF_CMD:-}" ]]; then
  OURS="$HANDOFF_CMD"
else
  if [[ ! -f "$JAR" ]]; then
    echo "building $JAR ..." >&2
    (cd "$ROOT" && ./mvnw -q -B -ntp -pl server -am package -DskipTests)
  fi
  if [[ -x "$ROOT/bin/handoff-ls" ]]; then OURS="$ROOT/bin/handoff-ls"; else OURS="java -jar $JAR"; fi
fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench-check: peak RSS needs GNU time (/usr/bin/time); installing the Debian package 'time' ..." >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >&2 || true
  elif command -v sudo >/dev/null; then sudo -n apt-get install -y -qq time >&2 || true; fi
  [[ -x /usr/bin/time ]] || echo "bench-check: could not install it (apt-get install time); peak RSS will read n/a" >&2
fi
PEERS="$("$ROOT/scripts/bench-peers.sh")"
RUMDL="$PEERS/node_modules/@rumdl/cli-linux-x64/rumdl"
MDL="$PEERS/node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs"

WORK="$(mktemp -d "${TMPDIR:-/tmp}/handoff-bench.XXXXXX")"
if [[ -z "${KEEP:-}" ]]; then
  trap 'rm -rf "$WORK"' EXIT
fi
if [[ -z "${WS:-}" ]]; then
  WS="$WORK/workspace"
  # The generator has no dependencies: Java runs its single source file directly.
  echo "generating $FILES markdown files (seed $SEED) in $WS ..." >&2
  java "$GENERATOR" "$WS" "$FILES" "$SEED" >&2
fi
WS="$(cd "$WS" && pwd)"
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"

# ---- rows: name, label, command (run in the workspace)
NO_CACHE=""
HAS_CACHE=""
OUR_HELP="$($OURS check --help 2>&1 || true)"
if grep -q -- '--no-cache' <<<"$OUR_HELP"; then
  NO_CACHE=" --no-cache"
  HAS_CACHE=1
fi
NAMES=(handoff rumdl)
declare -A LABEL CMD TOOL CACHED
add_row() { LABEL[$1]="$2"; TOOL[$1]="$3"; CACHED[$1]="$4"; CMD[$1]="$5"; }
add_row handoff "handoff-ls check --format json${NO_CACHE}" handoff-ls false "$OURS check . --format json${NO_CACHE}"
add_row rumdl "rumdl check --no-cache" rumdl false "$RUMDL check . --no-cache"
if [[ -n "$HAS_CACHE" ]]; then
  NAMES+=(handoff-cached)
  add_row handoff-cached "handoff-ls check --format json (cached)" handoff-ls true "$OURS check . --format json"
fi
NAMES+=(rumdl-cached)
add_row rumdl-cached "rumdl check (cached)" rumdl true "$RUMDL check . --cache-dir '$WORK/rumdl-cache'"
if [[ "${MARKDOWNLINT:-1}" != 0 ]]; then
  NAMES+=(markdownlint)
  add_row markdownlint "markdownlint-cli2 '**/*.md'" markdownlint-cli2 false "node '$MDL' '**/*.md'"
fi

# One run of a row: appends "wall_ms peak_rss_kb" to $WORK/<name>.runs; keeps the output of the last.
run_row() {
  local name="$1" start end rss=na
  start=$(date +%s%N)
  if [[ -x /usr/bin/time ]]; then
    (cd "$WS" && /usr/bin/time -f '%M' -o "$WORK/$name.rss" bash -c "${CMD[$name]}" >"$WORK/$name.out" 2>&1) || true
    end=$(date +%s%N)
    rss="$(tail -n 1 "$WORK/$name.rss")" # GNU time puts "Command exited with non-zero status" first
  else
    (cd "$WS" && bash -c "${CMD[$name]}" >"$WORK/$name.out" 2>&1) || true
    end=$(date +%s%N)
  fi
  echo "$(((end - start) / 1000000)) $rss" >>"$WORK/$name.runs"
}

# What each tool says it checked, from the warm-up's output (a row that checked nothing is a broken row).
files_checked() {
  case "$1" in
    handoff*) grep -o '"files":[0-9]*' "$WORK/$1.out" | head -1 | cut -d: -f2 ;;
    rumdl*) grep -oE 'in [0-9]+/[0-9]+ files|in [0-9]+ files' "$WORK/$1.out" | grep -oE '[0-9]+ files' | cut -d' ' -f1 ;;
    markdownlint) grep -oE 'Linting: [0-9]+ file' "$WORK/$1.out" | grep -oE '[0-9]+' ;;
  esac
}

echo "warming up (one run each) ..." >&2
declare -A CHECKED
for name in "${NAMES[@]}"; do
  run_row "$name"
  : >"$WORK/$name.runs"
  CHECKED[$name]="$(files_checked "$name" || true)"
  if [[ -z "${CHECKED[$name]}" ]]; then
    echo "bench-check: '${CMD[$name]}' reported no files checked; its output:" >&2
    head -20 "$WORK/$name.out" >&2
    exit 1
  fi
done
for ((r = 0; r < RUNS; r++)); do
  echo "round $((r + 1))/$RUNS ..." >&2
  n=${#NAMES[@]}
  for ((i = 0; i < n; i++)); do
    run_row "${NAMES[$(((i + r) % n))]}"
  done
done

# ---- report
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR == 0) print "na"; else printf "%d\n", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
declare -A MED MIN RSS
for name in "${NAMES[@]}"; do
  MED[$name]="$(cut -d' ' -f1 "$WORK/$name.runs" | median)"
  MIN[$name]="$(cut -d' ' -f1 "$WORK/$name.runs" | sort -n | head -1)"
  RSS[$name]="$(cut -d' ' -f2 "$WORK/$name.runs" | grep -v na | sort -n | tail -1 || true)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "na" }'; }
mb() { if [[ -n "$1" ]]; then echo $((($1 + 512) / 1024)); else echo na; fi; }
vs_rumdl() {
  case "$1" in
    handoff) ratio "${MED[handoff]}" "${MED[rumdl]}" ;;
    handoff-cached) ratio "${MED[handoff-cached]}" "${MED[rumdl-cached]}" ;;
    *) echo "" ;;
  esac
}

OUR_VERSION="$($OURS --version 2>/dev/null | head -1 || true)"
RUMDL_VERSION="$("$RUMDL" --version | head -1)"
MDL_VERSION="$(node "$MDL" --help 2>/dev/null | head -1 || true)"
echo
echo "check over $WS: $FILES generated markdown files (seed $SEED), $RUNS interleaved rounds after a warm-up"
echo "machine: $(nproc) cores, load average $LOADAVG at the start; ${OUR_VERSION:-handoff-ls}, $RUMDL_VERSION, $MDL_VERSION"
printf '%-44s %7s %11s %9s %13s %9s\n' "run" "files" "median ms" "min ms" "peak RSS MB" "÷ rumdl"
for name in "${NAMES[@]}"; do
  printf '%-44s %7s %11s %9s %13s %9s\n' "${LABEL[$name]}" "${CHECKED[$name]}" "${MED[$name]}" "${MIN[$name]}" \
    "$(mb "${RSS[$name]}")" "$(vs_rumdl "$name")"
done
if [[ -z "$HAS_CACHE" ]]; then
  printf '%-44s %7s %11s %9s %13s %9s\n' "handoff-ls check (cached)" "n/a" "n/a" "n/a" "n/a" "n/a"
  echo "(our cached row is n/a: 'check --help' does not offer --no-cache yet, so there is no cache to measure)"
fi
echo "our command: $OURS"

if [[ -n "${RESULTS:-}" ]]; then
  json_str() { printf '"%s"' "$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')"; }
  num() { if [[ "$1" =~ ^[0-9.]+$ ]]; then echo "$1"; else echo null; fi; }
  {
    printf '{"bench":"cli","row":"meta","files":%s,"seed":%s,"runs":%s,"cores":%s,"loadavg":%s,"handoff_cmd":%s,"handoff_version":%s,"rumdl_version":%s,"markdownlint_version":%s,"cache":%s}\n' \
      "${CHECKED[rumdl]:-$FILES}" "$SEED" "$RUNS" "$(nproc)" "$(json_str "$LOADAVG")" "$(json_str "$OURS")" "$(json_str "$OUR_VERSION")" \
      "$(json_str "$RUMDL_VERSION")" "$(json_str "$MDL_VERSION")" "$([[ -n "$HAS_CACHE" ]] && echo true || echo false)"
    for name in "${NAMES[@]}"; do
      printf '{"bench":"cli","row":%s,"tool":%s,"cached":%s,"command":%s,"files":%s,"median_ms":%s,"min_ms":%s,"peak_rss_mb":%s,"ratio_vs_rumdl":%s}\n' \
        "$(json_str "$name")" "$(json_str "${TOOL[$name]}")" "${CACHED[$name]}" "$(json_str "${LABEL[$name]}")" \
        "$(num "${CHECKED[$name]}")" "$(num "${MED[$name]}")" "$(num "${MIN[$name]}")" "$(num "$(mb "${RSS[$name]}")")" \
        "$(num "$(vs_rumdl "$name")")"
    done
  } >>"$RESULTS"
fi
if [[ -n "${KEEP:-}" ]]; then
  echo "workspace kept at $WS (scratch files in $WORK)"
fi
