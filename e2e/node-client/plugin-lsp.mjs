#!/usr/bin/env node
// Starts a language server by an arbitrary command line (as an agent harness declares it, e.g. the
// Claude Code plugin's lspServers entry with ${CLAUDE_PLUGIN_ROOT} expanded), opens one document of a
// workspace and waits for its diagnostics. Prints PASS/FAIL lines; exits 1 on failure.
//
//   node plugin-lsp.mjs WORKSPACE RELATIVE_FILE CODE[,CODE…] -- COMMAND [ARG…]
//
// Environment: HANDOFF_TIMEOUT_MS (default 60000; a first start may build the jar),
// HANDOFF_E2E_VERBOSE=1 (the server's stderr).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-languageserver-protocol/node');

const sep = process.argv.indexOf('--');
if (sep < 5 || sep === process.argv.length - 1) {
  console.error('usage: node plugin-lsp.mjs WORKSPACE RELATIVE_FILE CODE[,CODE…] -- COMMAND [ARG…]');
  process.exit(2);
}
const [wsArg, rel, codesArg] = process.argv.slice(2, 5);
const [command, ...args] = process.argv.slice(sep + 1);
const ws = fs.realpathSync(wsArg);
const expected = codesArg.split(',').filter(Boolean);
const timeoutMs = Number(process.env.HANDOFF_TIMEOUT_MS || 60000);

const started = Date.now();
const server = spawn(command, args, { cwd: ws, stdio: ['pipe', 'pipe', 'pipe'] });
let stderr = '';
server.stderr.on('data', (b) => {
  stderr += b;
  if (process.env.HANDOFF_E2E_VERBOSE) process.stderr.write(b);
});
const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
const conn = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
conn.onRequest('client/registerCapability', () => null);
conn.onRequest('window/workDoneProgress/create', () => null);
conn.onNotification('window/logMessage', () => {});
conn.listen();

const uri = pathToFileURL(path.join(ws, rel)).href;
const codeOf = (d) => String(typeof d.code === 'object' ? d.code.value : d.code);
// The file is checked before the workspace index is complete (cross-document codes come later):
// wait for the first publication that has every expected code, remembering the latest one.
let latest = [];
const diagnostics = new Promise((resolve) => {
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri !== uri) return;
    latest = p.diagnostics;
    const codes = latest.map(codeOf);
    if (latest.length > 0 && expected.every((c) => codes.includes(c))) resolve(latest);
  });
});

function within(promise, what) {
  let timer;
  return Promise.race([
    promise,
    exited.then(({ code, signal }) => {
      throw new Error(`server exited (code ${code}, signal ${signal}) while waiting for ${what}; stderr:\n${stderr}`);
    }),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}; stderr:\n${stderr}`)), timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
}

let failed = false;
try {
  const init = await within(
    conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).href,
      workspaceFolders: [{ uri: pathToFileURL(ws).href, name: path.basename(ws) }],
      capabilities: { textDocument: { publishDiagnostics: {} }, workspace: { configuration: true } },
    }),
    'initialize',
  );
  console.log(`PASS initialize: ${init.serverInfo?.name ?? 'server'} ${init.serverInfo?.version ?? ''}`.trimEnd());
  conn.sendNotification('initialized', {});
  conn.sendNotification('textDocument/didOpen', {
    textDocument: { uri, languageId: 'markdown', version: 1, text: fs.readFileSync(path.join(ws, rel), 'utf8') },
  });
  const ds = await within(diagnostics, `diagnostics of ${rel} with ${expected.join(' ')}`).catch((e) => {
    throw new Error(`${e.message}\n(last diagnostics: ${latest.map(codeOf).join(' ') || 'none'})`);
  });
  const codes = [...new Set(ds.map(codeOf))].sort();
  console.log(`PASS diagnostics of ${rel} after ${Date.now() - started} ms: ${codes.join(' ')}`);
  await within(conn.sendRequest('shutdown'), 'shutdown');
  conn.sendNotification('exit');
  const { code } = await within(exited, 'exit');
  console.log(code === 0 ? 'PASS shutdown and exit 0' : `FAIL server exit status ${code}`);
  failed ||= code !== 0;
} catch (e) {
  failed = true;
  console.log(`FAIL ${e.message}`);
  server.kill();
}
conn.dispose();
process.exit(failed ? 1 : 0);
