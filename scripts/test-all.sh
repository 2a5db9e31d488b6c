#!/usr/bin/env bash
# Every test suite: the Maven build (unit, rule, snapshot, corpus, CLI, SARIF and LSP protocol tests),
# then the end-to-end checks through real LSP clients (scripted Node client, headless Neovim) and the
# pipeline report in headless Chromium, the grammar tests, the Claude Code plugin (real `claude plugin`
# CLI from npm), and the VS Code extension (unit tests, packaging, and a real VS Code in headless Chromium).
# This is the README's test command and what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp verify
scripts/test-launcher.sh
HANDOFF_E2E_STRICT=1 scripts/test-e2e.sh
scripts/test-grammar.sh
HANDOFF_E2E_STRICT=1 scripts/test-claude-plugin.sh
HANDOFF_E2E_STRICT=1 scripts/test-vscode.sh
