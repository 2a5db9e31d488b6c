#!/usr/bin/env node
// LSP latency benchmark (not a test: it prints figures). Spawns the server jar and measures
//   1. initialize -> first publishDiagnostics of an opened L2, on a workspace folder (default: samples/);
//   2. didChange -> publishDiagnostics latency on a 5,000-line L2, with the debounce set to 0 through
//      initializationOptions so the figure is the server's own work (p50/p95 over N edits).
//
//   node bench.mjs [WORKSPACE_DIR] [--edits N] [--open REL_PATH]
//
// Generate a 10,000-file workspace first with:
//   java server/src/test/java/dev/handoffls/bench/WorkspaceGenerator.java /tmp/ws10k 10000 42
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } =
  createRequire(import.meta.url)('vscode-languageserver-protocol/node');

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const jar = path.resolve(process.env.HANDOFF_JAR || path.join(repo, 'server', 'target', 'handoff-ls.jar'));
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const edits = Number(opt('--edits', 60));
let openRel = opt('--open', null);
const ws = path.resolve(args[0] || path.join(repo, 'samples'));

function findL2(dir) {
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') stack.push(p);
      else if (e.name === 'L2-summary.md' && /coord/.test(path.basename(d))) return path.relative(dir, p);
    }
  }
  throw new Error('no coordinator L2 in ' + dir);
}

async function session(root, onDiagnostics) {
  const proc = spawn('java', ['-jar', jar], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onNotification('textDocument/publishDiagnostics', onDiagnostics);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('workspace/configuration', () => [null]);
  conn.listen();
  return { proc, conn };
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))];
}

// ---- 1. initialize -> first diagnostics
openRel = openRel || findL2(ws);
const openUri = pathToFileURL(path.join(ws, openRel)).href;
let firstDiag;
const waitFirst = new Promise((resolve) => { firstDiag = resolve; });
const s1 = await session(ws, (p) => { if (p.uri === openUri) firstDiag(performance.now()); });
const t0 = performance.now();
await s1.conn.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(ws).href,
  workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }], capabilities: {} });
s1.conn.sendNotification('initialized', {});
s1.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: openUri, languageId: 'markdown', version: 1,
  text: fs.readFileSync(path.join(ws, openRel), 'utf8') } });
const t1 = await waitFirst;
console.log(`initialize -> first diagnostics of ${openRel}: ${(t1 - t0).toFixed(0)} ms (workspace ${ws})`);
await s1.conn.sendRequest('shutdown'); s1.conn.sendNotification('exit');

// ---- 2. didChange -> publishDiagnostics on a 5,000-line L2 (debounce 0)
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-bench-'));
const big = '.agent/teams/big/phase-3/coordinator/L2-summary.md';
const lines = ['# Phase 3 — large summary', ''];
for (let i = 0; lines.length < 4960; i++) lines.push(`Paragraph ${i} mentions R-${1 + (i % 20)} and \`src/m${i}.ts\`.`, '');
lines.push('## Downstream Handoff', '### Decisions Made (Forward-binding)');
for (let i = 1; i <= 10; i++) lines.push(`- [AD-${i}] Decision ${i} about module ${i}.`);
lines.push('### Risks Identified (Must-Track)');
for (let i = 1; i <= 20; i++) lines.push(`- [R-${i}] Risk ${i}.`);
lines.push('### Interface Contracts (Must-Satisfy)', '- None', '### Constraints (Must-Enforce)', '- None',
  '### Open Questions (Requires Resolution)', '- None', '### Artifacts Produced', '- None');
fs.mkdirSync(path.dirname(path.join(tmp, big)), { recursive: true });
let text = lines.join('\n') + '\n';
fs.writeFileSync(path.join(tmp, big), text);
const bigUri = pathToFileURL(path.join(tmp, big)).href;
let pending = null;
const s2 = await session(tmp, (p) => { if (p.uri === bigUri && pending && p.version === pending.version) pending.resolve(); });
await s2.conn.sendRequest('initialize', { processId: process.pid, workspaceFolders: [{ uri: pathToFileURL(tmp).href, name: 'b' }],
  capabilities: {}, initializationOptions: { handoff: { debounce: 0 } } });
s2.conn.sendNotification('initialized', {});
const opened = new Promise((resolve) => { pending = { version: 1, resolve }; });
s2.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text } });
await opened;
const times = [];
for (let v = 2; v < 2 + edits; v++) {
  // Alternate between adding and removing a duplicate risk, so every edit changes the diagnostics.
  const line = lines.length - 10;
  const edit = v % 2 === 0
    ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '- [R-1] Duplicate.\n' }
    : { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
  const done = new Promise((resolve) => { pending = { version: v, resolve }; });
  const start = performance.now();
  s2.conn.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: v }, contentChanges: [edit] });
  await done;
  times.push(performance.now() - start);
}
const warm = times.slice(Math.min(10, times.length / 3)).sort((a, b) => a - b);
console.log(`didChange -> publishDiagnostics on a ${lines.length}-line L2 (debounce 0, ${warm.length} edits after warm-up):`
  + ` p50 ${percentile(warm, 50).toFixed(1)} ms, p95 ${percentile(warm, 95).toFixed(1)} ms`);
await s2.conn.sendRequest('shutdown'); s2.conn.sendNotification('exit');
fs.rmSync(tmp, { recursive: true, force: true });
setTimeout(() => process.exit(0), 200);
