#!/bin/sh
# The language server's class-data sharing archive (issue 12, first diagnostics): a short session over
# samples/ (initialize, open an L2, hover, shutdown, exit) records the classes a server loads before its
# first diagnostics (lsp4j's above all). Run by `package` (server/pom.xml); bin/handoff-ls maps it for `lsp`.
#   cds-train-lsp.sh JAVA JAR ARCHIVE SAMPLES_DIR
set -eu
JAVA=$1 JAR=$2 ARCHIVE=$3 SAMPLES=$(cd "$4" && pwd)
ROOT_URI="file://$SAMPLES"
L2_URI="$ROOT_URI/.agent/teams/module-split/phase-5/coordinator/L2-summary.md"

frame() { # a JSON-RPC message with its header; the paths are ASCII, so characters are bytes
  printf 'Content-Length: %d\r\n\r\n%s' "${#1}" "$1"
}
text=$(sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/\\t/g' "$SAMPLES/.agent/teams/module-split/phase-5/coordinator/L2-summary.md" \
  | awk 'BEGIN{ORS="\\n"} {print}' | LC_ALL=C tr -d '\200-\377')
{
  frame '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"processId":null,"rootUri":"'"$ROOT_URI"'","capabilities":{}}}'
  frame '{"jsonrpc":"2.0","method":"initialized","params":{}}'
  frame '{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"'"$L2_URI"'","languageId":"markdown","version":1,"text":"'"$text"'"}}}'
  sleep 3
  frame '{"jsonrpc":"2.0","id":2,"method":"textDocument/hover","params":{"textDocument":{"uri":"'"$L2_URI"'"},"position":{"line":0,"character":2}}}'
  frame '{"jsonrpc":"2.0","id":3,"method":"textDocument/documentSymbol","params":{"textDocument":{"uri":"'"$L2_URI"'"}}}'
  sleep 1
  frame '{"jsonrpc":"2.0","id":4,"method":"shutdown"}'
  frame '{"jsonrpc":"2.0","method":"exit"}'
} | "$JAVA" -XX:ArchiveClassesAtExit="$ARCHIVE" -XX:+UseSerialGC -Xlog:disable -Xlog:all=error:stderr -jar "$JAR" lsp ||
  echo "cds-train-lsp: the training session failed; bin/handoff-ls lsp will map the command line's archive" >&2
