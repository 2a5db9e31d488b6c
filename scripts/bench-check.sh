#!/usr/bin/env bash
# Wall time of a whole `handoff-ls check --format json` process (JVM start included) over samples/
# and over a generated workspace of FILES markdown files. Not part of the test run; run it by hand:
#
#   scripts/bench-check.sh                 # 10,000 files, seed 42, 5 runs each
#   FILES=2000 RUNS=10 scripts/bench-check.sh
#   KEEP=1 scripts/bench-check.sh          # keep the generated workspace and print where it is
#
# Uses hyperfine when it is installed (apt-get install hyperfine) and NO_HYPERFINE is unset, else a bash
# loop over date +%s%N.
# Either way it reports the min and median of RUNS runs (after one warm-up run).
set -euo pipefail

FILES="${FILES:-10000}"
SEED="${SEED:-42}"
RUNS="${RUNS:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/server/target/handoff-ls.jar"
GENERATOR="$ROOT/server/src/test/java/dev/handoffls/bench/WorkspaceGenerator.java"

if [[ ! -f "$JAR" ]]; then
  echo "building $JAR ..." >&2
  (cd "$ROOT" && ./mvnw -q -pl server -am package -DskipTests)
fi

WORK="$(mktemp -d "${TMPDIR:-/tmp}/handoff-bench.XXXXXX")"
if [[ -z "${KEEP:-}" ]]; then
  trap 'rm -rf "$WORK"' EXIT
fi
WS="$WORK/workspace"

# The generator has no dependencies: Java runs its single source file directly.
echo "generating $FILES markdown files (seed $SEED) in $WS ..." >&2
java "$GENERATOR" "$WS" "$FILES" "$SEED" >&2

# Sanity: both targets run and report what they checked (exit 1 = findings, which is expected).
files_checked() {
  local out
  out="$(java -jar "$JAR" check "$1" --format json || true)"
  grep -o '"files":[0-9]*' <<<"$out" | head -1 | cut -d: -f2
}
SAMPLES_FILES="$(files_checked "$ROOT/samples")"
WS_FILES="$(files_checked "$WS")"

TOOL="date +%s%N loop"
if [[ -z "${NO_HYPERFINE:-}" ]] && command -v hyperfine >/dev/null 2>&1; then
  TOOL=hyperfine
fi

# Prints "min_ms median_ms" for a target.
measure() {
  local target="$1"
  if [[ "$TOOL" == hyperfine ]]; then
    local csv="$WORK/hyperfine.csv"
    # --ignore-failure: exit status 1 (findings) is the normal outcome here.
    if ! hyperfine --style none --ignore-failure --warmup 1 --runs "$RUNS" --export-csv "$csv" \
      "java -jar '$JAR' check '$target' --format json > /dev/null" >/dev/null 2>"$WORK/hyperfine.err"; then
      cat "$WORK/hyperfine.err" >&2
      exit 1
    fi
    # columns: command,mean,stddev,median,user,system,min,max (seconds)
    tail -n 1 "$csv" | awk -F, '{ printf "%.0f %.0f\n", $(NF-1) * 1000, $(NF-4) * 1000 }'
  else
    java -jar "$JAR" check "$target" --format json >/dev/null || true # warm-up (page cache)
    local times=() i start end
    for ((i = 0; i < RUNS; i++)); do
      start=$(date +%s%N)
      java -jar "$JAR" check "$target" --format json >/dev/null || true
      end=$(date +%s%N)
      times+=($(((end - start) / 1000000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END {
      m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2; printf "%d %d\n", t[1], m }'
  fi
}

read -r S_MIN S_MED < <(measure "$ROOT/samples")
read -r W_MIN W_MED < <(measure "$WS")

echo
echo "handoff-ls check --format json, whole process, $RUNS runs each ($TOOL; $(nproc) cores)"
printf '%-28s %8s %10s %12s\n' "target" "files" "min (ms)" "median (ms)"
printf '%-28s %8s %10s %12s\n' "samples/" "$SAMPLES_FILES" "$S_MIN" "$S_MED"
printf '%-28s %8s %10s %12s\n' "generated (seed $SEED)" "$WS_FILES" "$W_MIN" "$W_MED"
if [[ -n "${KEEP:-}" ]]; then
  echo "workspace kept at $WS"
fi
