#!/usr/bin/env bash
# Runs one jqwik property for TOTAL tries as consecutive runs of CHUNK tries, each with its own seed
# (20260301, 20260302, ...), and stops at the first failure.
#   scripts/long-property.sh 'AnyInputPropertyTest#aPipelineOfAnyDocumentsChecksCleanly' 100000 10000
# Why chunks: jqwik's generation size is the number of tries, and it keeps up to that many edge cases of
# every parameter in memory; for a property over maps of whole documents, one run of 100,000 tries held
# 6 GB of edge cases and slowed to 90 ms a try (10,000 tries: 12 ms a try). A line per 1,000 tries goes to
# $PROGRESS (default target/property-progress.txt): jqwik itself reports only when a run ends.
set -euo pipefail
cd "$(dirname "$0")/.."
property=${1:?usage: scripts/long-property.sh 'Class#method' TOTAL [CHUNK]}
total=${2:?usage: scripts/long-property.sh 'Class#method' TOTAL [CHUNK]}
chunk=${3:-10000}
progress=${PROGRESS:-$PWD/server/target/property-progress.txt}
seed=20260301
done_tries=0
start=$(date +%s)
./mvnw -q -B -ntp -o -pl server test-compile
while (( done_tries < total )); do
  tries=$(( total - done_tries < chunk ? total - done_tries : chunk ))
  echo "$(date -u +%FT%TZ) seed $seed: $tries tries of $property" | tee -a "$progress"
  ./mvnw -q -B -ntp -o -pl server surefire:test -Dtest="$property" -Dsurefire.failIfNoSpecifiedTests=false \
    -Dhandoff.tries="$tries" -Dhandoff.seed="$seed" -Dhandoff.progress="$progress"
  done_tries=$(( done_tries + tries ))
  seed=$(( seed + 1 ))
done
echo "$(date -u +%FT%TZ) $done_tries tries of $property passed in $(( $(date +%s) - start )) s" | tee -a "$progress"
