#!/usr/bin/env bash
# Tests of bin/handoff-ls, the launcher: it must behave exactly like `java -jar` (same stdout, same exit
# status) whatever the state of the class-data sharing archive, keep stdout clean of JVM messages (it is
# JSON-RPC for `lsp`), start the language server, and say clearly when the jar is missing.
# Usage: scripts/test-launcher.sh   (builds the jar when missing). Exit status 0 when every check passed.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
JAR=$ROOT/server/target/handoff-ls.jar
[[ -f "$JAR" ]] || ./mvnw -q package -DskipTests
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
failures=0
check() { # name, command...
  local name=$1; shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

java -jar "$JAR" check samples --format json >"$TMP/expected.json" 2>/dev/null
expected_rc=$?
same_as_java() { # label, then environment for the launcher
  local out=$TMP/out.json rc
  env "$@" bin/handoff-ls check samples --format json >"$out" 2>"$TMP/err.txt"
  rc=$?
  [[ $rc -eq $expected_rc ]] || { echo "  exit $rc, expected $expected_rc" >&2; return 1; }
  cmp -s "$out" "$TMP/expected.json" || { echo "  stdout differs from java -jar:" >&2; diff "$out" "$TMP/expected.json" | head -5 >&2; return 1; }
}
check "the built archive: same stdout and exit status as java -jar" same_as_java

# A jar copied elsewhere with an archive that does not belong to it (newer, so the launcher passes it):
# the JVM refuses the archive on stderr and the report on stdout stays byte-identical.
mkdir -p "$TMP/copy"
cp "$JAR" "$TMP/copy/handoff-ls.jar"
cp "$ROOT/server/target/handoff-ls.jsa" "$TMP/copy/handoff-ls.jsa" 2>/dev/null || : >"$TMP/copy/handoff-ls.jsa"
touch -d '+1 minute' "$TMP/copy/handoff-ls.jsa"
check "a foreign archive: stdout unchanged" same_as_java HANDOFF_LS_JAR="$TMP/copy/handoff-ls.jar"
# An archive older than the jar is not passed at all.
touch -d '-1 hour' "$TMP/copy/handoff-ls.jsa"
check "a stale archive: stdout unchanged" same_as_java HANDOFF_LS_JAR="$TMP/copy/handoff-ls.jar"

lsp_answers() {
  python3 - "$ROOT/bin/handoff-ls" <<'PY'
import json, subprocess, sys
def frame(o):
    b = json.dumps(o).encode()
    return b"Content-Length: %d\r\n\r\n" % len(b) + b
msgs = [{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": None, "rootUri": None, "capabilities": {}}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}]
p = subprocess.run([sys.argv[1], "lsp"], input=b"".join(frame(m) for m in msgs), capture_output=True, timeout=120)
out = p.stdout
assert out.startswith(b"Content-Length: "), out[:200]
head, _, rest = out.partition(b"\r\n\r\n")
first = json.loads(rest[: int(head.split(b": ")[1])])
assert first.get("id") == 1 and "capabilities" in first["result"], first
PY
}
check "lsp: answers initialize on a clean stdout" lsp_answers

missing_jar() {
  local err rc
  err=$(HANDOFF_LS_JAR=$TMP/nope.jar bin/handoff-ls check samples 2>&1 >/dev/null)
  rc=$?
  [[ $rc -eq 4 && "$err" == *"does not exist"* ]] || { echo "  exit $rc: $err" >&2; return 1; }
}
check "a missing jar: exit 4 and a message" missing_jar

[[ $failures -eq 0 ]] || { echo "test-launcher: $failures check(s) failed" >&2; exit 1; }
echo "test-launcher: all checks passed"
