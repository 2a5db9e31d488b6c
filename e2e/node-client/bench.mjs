#!/usr/bin/env node
// LSP benchmark (not a test: it prints figures), run where users are: a generated 10,000-file workspace
// with a 5,000-line coordinator L2 open in it. For handoff-ls and, side by side, for VS Code's markdown
// language server (npm vscode-markdown-languageserver), it measures
//   1. first diagnostics: process start -> diagnostics of the opened L2;
//   2. index: process start -> the whole workspace indexed (ours: the indexing progress ends; VS Code's:
//      a workspace/symbol request answered, which loads and parses every markdown file);
//   3. keystroke -> diagnostics p50/p95 over N edits once the server is idle after the index (ours then has
//      published the whole workspace's diagnostics), with our debounce set to 0 through
//      initializationOptions so the figure is the server's own work (VS Code's server uses pull
//      diagnostics: didChange, then textDocument/diagnostic, as its client does on change);
//   4. hover p50/p95 (ours on an ID reference; VS Code's on an image link, the one hover it offers);
//   5. peak RSS of the server process tree (VmHWM from /proc, polled; a launcher script's java child counts).
//
//   node bench.mjs [WORKSPACE_DIR] [--files N] [--edits N] [--hovers N] [--open REL_PATH]
//                  [--servers handoff,vscode] [--json FILE|-]
//
// Without WORKSPACE_DIR it generates one (--files, default 10000, seed 42) in a temporary folder. Unless
// --open names a document, it writes the big L2 into the workspace as the next phase of its first
// pipeline, referring to that pipeline's IDs (never inside this repository). Smoke run:
//   node bench.mjs --files 200 --edits 5 --hovers 5
// Our server: $HANDOFF_CMD (a shell command), else bin/handoff-ls when present, else java -jar
// $HANDOFF_JAR (default server/target/handoff-ls.jar). The peers come from scripts/bench-peers.sh.
import { spawn, execFileSync } from 'node:child_process';
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
const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args.splice(i, 2)[1] : dflt; };
const files = Number(opt('--files', process.env.FILES || 10000));
const edits = Number(opt('--edits', 60));
const hovers = Number(opt('--hovers', 60));
const openArg = opt('--open', null);
const servers = opt('--servers', 'handoff,vscode').split(',');
const jsonOut = opt('--json', null);
const TIMEOUT_MS = 600_000;

// ---- the workspace and the big L2
let ws = args[0] ? path.resolve(args[0]) : null;
let tmp = null;
if (!ws) {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-lsp-bench-'));
  ws = path.join(tmp, 'workspace');
  console.log(`generating ${files} markdown files (seed 42) in ${ws} ...`);
  execFileSync('java', [path.join(repo, 'server/src/test/java/dev/handoffls/bench/WorkspaceGenerator.java'), ws, String(files), '42'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
}
const big = openArg ? { rel: openArg, ...positionsIn(fs.readFileSync(path.join(ws, openArg), 'utf8')) } : writeBigL2(ws, 5000);
const bigPath = path.join(ws, big.rel);
const bigUri = pathToFileURL(bigPath).href;
const markdownFiles = countMarkdown(ws);
console.log(`workspace ${ws}: ${markdownFiles} markdown files; open ${big.rel} (${big.text.split('\n').length - 1} lines)`);

/** Writes a coordinator L2 of about `lineCount` lines as the next phase of the workspace's first pipeline. */
function writeBigL2(root, lineCount) {
  if (!path.relative(repo, root).startsWith('..')) {
    throw new Error(`refusing to write a benchmark document into this repository (${root}); pass --open REL_PATH`);
  }
  const teams = path.join(root, '.agent', 'teams');
  const pipelines = fs.existsSync(teams) ? fs.readdirSync(teams).filter((d) => !d.startsWith('.')).sort() : [];
  const pipeline = path.join(teams, pipelines[0] || 'bench');
  const ptPath = path.join(pipeline, 'permanent-task.md');
  const pt = fs.existsSync(ptPath) ? fs.readFileSync(ptPath, 'utf8') : '';
  const known = [...new Set([...pt.matchAll(/\[((AD|R|IC|C|OQ)-\d+)\]/g)].map((m) => m[1]))];
  const next = {};
  for (const id of known) { const [c, n] = id.split('-'); next[c] = Math.max(next[c] || 0, Number(n)); }
  const fresh = (c) => `${c}-${(next[c] = (next[c] || 0) + 1)}`;
  const phases = fs.existsSync(pipeline) ? fs.readdirSync(pipeline).map((d) => /^phase-(\d+)$/.exec(d)).filter(Boolean) : [];
  const phase = 1 + Math.max(0, ...phases.map((m) => Number(m[1])));
  const services = path.join(root, 'services');
  const serviceFiles = fs.existsSync(services)
    ? fs.readdirSync(services).sort().flatMap((s) => fs.readdirSync(path.join(services, s)).sort().map((f) => `services/${s}/${f}`))
    : ['services/payments/main.py'];
  const refs = known.length ? known : ['AD-1'];
  const up = '../'.repeat(5); // from .agent/teams/<pipeline>/phase-N/coordinator/ to the root
  const lines = [`# Phase ${phase} — Coordinator summary`, '', '<!-- generated by e2e/node-client/bench.mjs: a 5,000-line L2 -->', ''];
  const handoff = [];
  const decisions = Array.from({ length: 10 }, (_, i) => `- [${fresh('AD')}] Decision ${i + 1}: the ledger owns refund ${i + 1}.`);
  const risks = Array.from({ length: 20 }, (_, i) => `- [${fresh('R')}] Risk ${i + 1}: a timeout can leave refund ${i + 1} half-written.`);
  handoff.push('## Downstream Handoff', '### Decisions Made (Forward-binding)', ...decisions,
    '### Risks Identified (Must-Track)', ...risks, '### Interface Contracts (Must-Satisfy)', '- None',
    '### Constraints (Must-Enforce)', '- None', '### Open Questions (Requires Resolution)', '- None',
    '### Artifacts Produced', '- L2: this file');
  for (let i = 0; lines.length < lineCount - handoff.length - 12; i++) {
    if (i % 25 === 0) lines.push(`## Findings ${i / 25 + 1}`, '');
    const file = serviceFiles[i % serviceFiles.length];
    lines.push(`Paragraph ${i} builds on ${refs[i % refs.length]} and touches \`${file}\`.`, '');
    if (i % 50 === 10) {
      lines.push(`- [ ] Deploy ${file} to Render`, `- [x] Review ${serviceFiles[(i + 3) % serviceFiles.length]} for hard-coded names`, '');
    }
    if (i % 100 === 20) {
      lines.push(`See the [module](${up}${file}) and its ![diagram](${up}docs/diagrams/diagram-${i}.png).`, '');
    }
  }
  while (lines.length < lineCount - handoff.length) lines.push('');
  lines.push(...handoff);
  const text = lines.join('\n') + '\n';
  const rel = path.relative(root, path.join(pipeline, `phase-${phase}`, 'coordinator', 'L2-summary.md'));
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
  return { rel, ...positionsIn(text) };
}

/** Where the benchmark edits and hovers in a document: the risks list, an ID reference, an image link. */
function positionsIn(text) {
  const lines = text.split('\n');
  const risks = lines.findIndex((l) => /^### Risks/.test(l));
  const firstRisk = risks >= 0 ? /\[(R-\d+)\]/.exec(lines[risks + 1] || '') : null;
  const at = (re, pick) => {
    for (let i = 0; i < lines.length; i++) { const m = re.exec(lines[i]); if (m) return { line: i, character: pick(m) }; }
    return null;
  };
  return {
    text,
    editLine: risks >= 0 ? risks + 1 : lines.length - 1,
    duplicate: firstRisk ? firstRisk[1] : 'R-1',
    idRef: at(/\b(?:AD|R|IC|C|OQ)-\d+\b/, (m) => m.index + 1),
    imageRef: at(/!\[[^\]]*\]\(([^)]+)\)/, (m) => m.index + m[0].indexOf('(') + 2),
  };
}

function countMarkdown(dir) {
  let n = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) { if (e.name !== 'node_modules' && e.name !== '.git') stack.push(path.join(d, e.name)); }
      else if (e.name.endsWith('.md')) n++;
    }
  }
  return n;
}

// ---- measuring
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p / 100 * sorted.length))] : null;
}

/** Peak RSS (VmHWM) of a process and its descendants, polled: the largest one counts (a shell + java). */
function rssWatcher(pid) {
  let peakKb = 0;
  const tree = (p) => {
    const kids = [];
    try {
      for (const t of fs.readdirSync(`/proc/${p}/task`)) {
        kids.push(...fs.readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
      }
    } catch { /* gone */ }
    return [p, ...kids.flatMap(tree)];
  };
  const poll = () => {
    for (const p of tree(pid)) {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${p}/status`, 'utf8'));
        if (m) peakKb = Math.max(peakKb, Number(m[1]));
      } catch { /* gone */ }
    }
  };
  const timer = setInterval(poll, 100);
  // CPU time of the tree (utime + stime, in clock ticks of 10 ms): to tell when the server has gone idle.
  const cpuMs = () => tree(pid).reduce((sum, p) => {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      return sum + (Number(fields[11]) + Number(fields[12])) * 10;
    } catch { return sum; }
  }, 0);
  return { peakMb: () => { poll(); return Math.round(peakKb / 1024); }, cpuMs, stop: () => clearInterval(timer) };
}

/**
 * Waits until the server has gone idle: under 50 ms of CPU in half a second (at most 60 s). After indexing
 * a server may go on working for seconds (ours publishes the whole workspace's diagnostics); keystrokes
 * are measured once it is done, as a user types all day.
 */
async function settle(server) {
  const from = performance.now();
  let before = server.rss.cpuMs();
  while (performance.now() - from < 60_000) {
    await new Promise((r) => setTimeout(r, 500));
    const now = server.rss.cpuMs();
    if (now - before < 50) return;
    before = now;
  }
}

function withTimeout(promise, what, ms = TIMEOUT_MS) {
  let t;
  return Promise.race([promise, new Promise((_, reject) => { t = setTimeout(() => reject(new Error(`timed out: ${what}`)), ms); })])
    .finally(() => clearTimeout(t));
}

function start(command, argv) {
  const proc = spawn(command, argv, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr = (stderr + d).slice(-4000); });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => null));
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.onNotification('window/logMessage', () => {});
  return { proc, conn, rss: rssWatcher(proc.pid), stderr: () => stderr };
}

async function stop(server) {
  server.rss.stop();
  try { await withTimeout(server.conn.sendRequest('shutdown'), 'shutdown', 5000); server.conn.sendNotification('exit'); } catch { /* kill below */ }
  await new Promise((resolve) => { const t = setTimeout(() => { server.proc.kill('SIGKILL'); resolve(); }, 3000); server.proc.on('exit', () => { clearTimeout(t); resolve(); }); });
  server.conn.dispose();
}

// The edit each keystroke makes, alternately: insert a line that duplicates a risk and links a missing
// file, then remove it, so that every edit changes the diagnostics of both servers.
function keystroke(v) {
  const line = big.editLine;
  return v % 2 === 0
    ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `- [${big.duplicate}] Duplicate, see [gone](./missing.md).\n` }
    : { range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' };
}

async function timeEach(n, once) {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await once(i);
    times.push(performance.now() - t);
  }
  // The first third (at most 10) warms the JIT up: a user's first keystrokes are not what they feel all day.
  return times.slice(Math.min(10, Math.floor(n / 3)));
}

// ---- handoff-ls
function ourCommand() {
  if (process.env.HANDOFF_CMD) return { label: process.env.HANDOFF_CMD, command: 'sh', argv: ['-c', `exec ${process.env.HANDOFF_CMD}`] };
  const launcher = path.join(repo, 'bin', 'handoff-ls');
  if (fs.existsSync(launcher)) return { label: 'bin/handoff-ls', command: launcher, argv: [] };
  const jar = path.resolve(process.env.HANDOFF_JAR || path.join(repo, 'server', 'target', 'handoff-ls.jar'));
  return { label: `java -jar ${path.relative(repo, jar)}`, command: 'java', argv: ['-jar', jar] };
}

async function benchHandoff() {
  const cmd = ourCommand();
  const t0 = performance.now();
  const s = start(cmd.command, cmd.argv);
  let waiting = null; // { version, resolve } of the publication the benchmark waits for
  let firstDiagnostics;
  const first = new Promise((resolve) => { firstDiagnostics = resolve; });
  const counts = new Set();
  s.conn.onNotification('textDocument/publishDiagnostics', (p) => {
    if (p.uri !== bigUri) return;
    firstDiagnostics({ at: performance.now(), count: p.diagnostics.length });
    if (waiting && p.version === waiting.version) { counts.add(p.diagnostics.length); waiting.resolve(); }
  });
  let indexed, begun = false;
  const indexEnd = new Promise((resolve) => { indexed = resolve; });
  s.conn.onNotification('$/progress', (p) => {
    if (p.value?.kind === 'begin') begun = true;
    if (p.value?.kind === 'end') indexed(performance.now());
  });
  s.conn.listen();
  try {
    await withTimeout(s.conn.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(ws).href, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
      capabilities: { window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
      initializationOptions: { handoff: { debounce: 0 } } }), 'initialize');
    s.conn.sendNotification('initialized', {});
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text: big.text } });
    const firstReport = await withTimeout(first, 'first diagnostics');
    const firstMs = firstReport.at - t0;
    // Without a progress report within 10 s the index is taken as built (an older or newer server).
    const indexMs = await withTimeout(Promise.race([indexEnd, new Promise((r) => setTimeout(() => { if (!begun) r(null); }, 10_000))]), 'indexing');
    await settle(s);
    let version = 1;
    const keys = await timeEach(edits, async () => {
      const v = ++version;
      const done = new Promise((resolve) => { waiting = { version: v, resolve }; });
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: v }, contentChanges: [keystroke(v)] });
      await withTimeout(done, `diagnostics of version ${v}`, 60_000);
    });
    let empty = 0;
    const hov = await timeEach(hovers, async () => {
      const h = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: big.idRef });
      if (!h) empty++;
    });
    return result('handoff-ls', cmd.label, { firstMs, firstCount: firstReport.count, indexMs: indexMs === null ? null : indexMs - t0,
      keys, counts, hov, empty, peakRssMb: s.rss.peakMb() });
  } catch (e) {
    throw new Error(`${e.message}\n--- server stderr (last lines):\n${s.stderr()}`);
  } finally {
    await stop(s);
  }
}

// ---- VS Code's markdown language server, driven as VS Code's markdown-language-features client drives it
async function benchVsCode() {
  const peers = execFileSync(path.join(repo, 'scripts', 'bench-peers.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const peerRequire = createRequire(path.join(peers, 'package.json'));
  const md = peerRequire('markdown-it')({ html: true, linkify: true });
  const serverMain = peerRequire.resolve('vscode-markdown-languageserver');
  const version = JSON.parse(fs.readFileSync(path.join(peers, 'node_modules/vscode-markdown-languageserver/package.json'), 'utf8')).version;
  const open = new Map(); // uri -> text of the documents the client has open
  const t0 = performance.now();
  const s = start(process.execPath, [serverMain, '--stdio']);
  const fsPath = (uri) => fileURLToPath(uri);
  s.conn.onRequest('markdown/parse', ({ uri, text }) => md.parse(text ?? open.get(uri) ?? fs.readFileSync(fsPath(uri), 'utf8'), {}));
  s.conn.onRequest('markdown/fs/readFile', ({ uri }) => Array.from(fs.readFileSync(fsPath(uri))));
  s.conn.onRequest('markdown/fs/stat', ({ uri }) => {
    try { return { isDirectory: fs.statSync(fsPath(uri)).isDirectory() }; } catch { return undefined; }
  });
  s.conn.onRequest('markdown/fs/readDirectory', ({ uri }) =>
    fs.readdirSync(fsPath(uri), { withFileTypes: true }).map((e) => [e.name, { isDirectory: e.isDirectory() }]));
  s.conn.onRequest('markdown/findMarkdownFilesInWorkspace', () => {
    const out = [];
    const stack = [ws];
    while (stack.length) {
      const d = stack.pop();
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory()) { if (e.name !== 'node_modules') stack.push(p); } else if (e.name.endsWith('.md')) out.push(pathToFileURL(p).href);
      }
    }
    return out;
  });
  s.conn.onRequest('markdown/fs/watcher/create', () => null); // the benchmark changes no file on disk
  s.conn.onRequest('markdown/fs/watcher/delete', () => null);
  s.conn.listen();
  const pull = () => s.conn.sendRequest('textDocument/diagnostic', { textDocument: { uri: bigUri }, identifier: 'markdown' });
  try {
    await withTimeout(s.conn.sendRequest('initialize', {
      processId: process.pid, rootUri: pathToFileURL(ws).href, workspaceFolders: [{ uri: pathToFileURL(ws).href, name: 'ws' }],
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } }, workspace: { diagnostics: { refreshSupport: true } } },
      initializationOptions: { markdownFileExtensions: ['md'] } }), 'initialize');
    s.conn.sendNotification('initialized', {});
    // VS Code's defaults, with validation switched on (it is off by default): the diagnostics to measure.
    s.conn.sendNotification('workspace/didChangeConfiguration', { settings: { markdown: {
      validate: { enabled: true, referenceLinks: { enabled: 'warning' }, fragmentLinks: { enabled: 'warning' },
        fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' }, ignoredLinks: [],
        unusedLinkDefinitions: { enabled: 'hint' }, duplicateLinkDefinitions: { enabled: 'warning' } },
      suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'onDoubleHash' } },
      occurrencesHighlight: { enabled: false }, preferredMdPathExtensionStyle: 'auto', server: { log: 'off' } } } });
    open.set(bigUri, big.text);
    s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: bigUri, languageId: 'markdown', version: 1, text: big.text } });
    const firstReport = await withTimeout(pull(), 'first diagnostics');
    const firstMs = performance.now() - t0;
    if (firstReport?.kind !== 'full') throw new Error('unexpected diagnostic report ' + JSON.stringify(firstReport).slice(0, 200));
    await withTimeout(s.conn.sendRequest('workspace/symbol', { query: 'no heading is called this' }), 'workspace/symbol');
    const indexMs = performance.now() - t0;
    await settle(s);
    let v = 1;
    let text = big.text;
    const counts = new Set();
    const lines = () => text.split('\n');
    const keys = await timeEach(edits, async () => {
      v++;
      const change = keystroke(v);
      const ls = lines();
      const { start: a, end: b } = change.range;
      text = [...ls.slice(0, a.line), change.text + ls.slice(b.line).join('\n')].join('\n');
      open.set(bigUri, text);
      s.conn.sendNotification('textDocument/didChange', { textDocument: { uri: bigUri, version: v }, contentChanges: [change] });
      counts.add((await withTimeout(pull(), `diagnostics of version ${v}`, 60_000)).items.length);
    });
    let empty = 0;
    const hov = await timeEach(hovers, async () => {
      const h = await s.conn.sendRequest('textDocument/hover', { textDocument: { uri: bigUri }, position: big.imageRef });
      if (!h) empty++;
    });
    return result('vscode-markdown-languageserver', `node vscode-markdown-languageserver@${version} --stdio`,
      { firstMs, firstCount: firstReport.items.length, indexMs, keys, counts, hov, empty, peakRssMb: s.rss.peakMb() });
  } catch (e) {
    throw new Error(`${e.message}\n--- server stderr (last lines):\n${s.stderr()}`);
  } finally {
    await stop(s);
  }
}

/** One JSON line per server; the diagnostic counts show that each edit changed what was published. */
function result(server, command, { firstMs, firstCount, indexMs, keys, counts, hov, empty, peakRssMb }) {
  const r = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
  return { bench: 'lsp', server, command, workspace_markdown_files: markdownFiles, open: big.rel, open_lines: big.text.split('\n').length - 1,
    first_diagnostics_ms: r(firstMs), first_diagnostics_count: firstCount, index_ms: r(indexMs),
    keystroke_p50_ms: r(percentile(keys, 50)), keystroke_p95_ms: r(percentile(keys, 95)), keystrokes: keys.length,
    keystroke_diagnostic_counts: [...counts].sort((a, b) => a - b),
    hover_p50_ms: r(percentile(hov, 50)), hover_p95_ms: r(percentile(hov, 95)), hovers: hov.length, hover_empty: empty,
    peak_rss_mb: peakRssMb };
}

function print(x) {
  const f = (v, unit = ' ms') => (v === null ? 'n/a' : `${v}${unit}`);
  console.log(`\n${x.server} (${x.command})`);
  console.log(`  first diagnostics of the open L2 after start: ${f(x.first_diagnostics_ms)} (${x.first_diagnostics_count} diagnostics);`
    + ` whole workspace indexed: ${f(x.index_ms)}`);
  console.log(`  keystroke -> diagnostics (${x.keystrokes} edits after warm-up): p50 ${f(x.keystroke_p50_ms)}, p95 ${f(x.keystroke_p95_ms)}`
    + ` (diagnostics per edit: ${x.keystroke_diagnostic_counts.join(' or ')})`);
  console.log(`  hover (${x.hovers} after warm-up${x.hover_empty ? `, ${x.hover_empty} empty` : ''}): p50 ${f(x.hover_p50_ms)}, p95 ${f(x.hover_p95_ms)}`);
  console.log(`  peak RSS: ${f(x.peak_rss_mb, ' MB')}`);
}

const results = [];
let failed = false;
for (const [name, bench] of [['handoff', benchHandoff], ['vscode', benchVsCode]]) {
  if (!servers.includes(name)) continue;
  try {
    const x = await bench();
    print(x);
    results.push(x);
  } catch (e) {
    failed = true;
    console.error(`\n${name}: ${e.message}`);
    results.push({ bench: 'lsp', server: name === 'handoff' ? 'handoff-ls' : 'vscode-markdown-languageserver', error: e.message.split('\n')[0] });
  }
}
const lines = results.map((x) => JSON.stringify(x)).join('\n') + '\n';
if (jsonOut === '-') process.stdout.write(lines);
else if (jsonOut) fs.appendFileSync(jsonOut, lines);
if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
