#!/usr/bin/env node
// End-to-end check of handoff-ls as a real LSP client sees it: spawn the server jar, talk JSON-RPC over
// stdio, open a sample L2, wait for its diagnostics, and (when advertised) hover and rename.
//
//   node run.mjs                 (from e2e/node-client, after `npm ci`)
//
// Environment:
//   HANDOFF_JAR         server jar (default: ../../server/target/handoff-ls.jar relative to this file)
//   HANDOFF_WS          a scratch copy of samples/ to use as the workspace (default: a fresh temp copy)
//   HANDOFF_TIMEOUT_MS  wait per step (default 30000)
//   JAVA                java binary (default: $JAVA_HOME/bin/java, else `java` on PATH)
//   HANDOFF_E2E_VERBOSE=1  print the server's stderr and every message it sends
//   HANDOFF_E2E_STRICT=1   fail (not just warn) when the server publishes transient false diagnostics
//
// Prints one PASS/FAIL/SKIP line per check; exits 1 if any check failed.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';

// CommonJS package; `require` resolves its `node` entry with or without an "exports" map.
const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = createRequire(import.meta.url)('vscode-languageserver-protocol/node');

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const jar = path.resolve(process.env.HANDOFF_JAR || path.join(repo, 'server', 'target', 'handoff-ls.jar'));
const timeoutMs = Number(process.env.HANDOFF_TIMEOUT_MS || 30000);
const verbose = !!process.env.HANDOFF_E2E_VERBOSE;
const java = process.env.JAVA || (process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java');

const L2 = '.agent/teams/checkout-redesign/phase-4/planning-coord/L2-summary.md';
const COORD_L2 = '.agent/teams/checkout-redesign/phase-3/coordinator/L2-summary.md';
const PIPELINE = '.agent/teams/checkout-redesign/';

// ---------------------------------------------------------------- results

let failures = 0;
function pass(name, detail = '') {
  console.log(`PASS ${name}${detail ? ': ' + detail : ''}`);
}
function fail(name, detail = '') {
  failures++;
  console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`);
}
function skip(name, detail) {
  console.log(`SKIP ${name}: ${detail}`);
}
function check(name, ok, detail = '', failDetail = detail) {
  ok ? pass(name, detail) : fail(name, failDetail);
  return ok;
}

// ---------------------------------------------------------------- workspace

function makeWorkspace() {
  if (process.env.HANDOFF_WS) {
    return { dir: fs.realpathSync(path.resolve(process.env.HANDOFF_WS)), temp: false };
  }
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'handoff-e2e-node-')));
  fs.cpSync(path.join(repo, 'samples'), dir, { recursive: true });
  return { dir, temp: true };
}

/** Snapshot lines of one file: 1-based, end-exclusive ranges, as SamplesSnapshotTest writes them. */
function snapshotFor(relPath) {
  const file = path.join(repo, 'server', 'src', 'test', 'resources', 'snapshots', 'samples.txt');
  const out = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^(.+?):(\d+):(\d+)-(\d+):(\d+) (error|warning|information|hint) (HL\d+) (.*)$/.exec(line);
    if (m && m[1] === relPath) {
      out.push({
        range: { start: { line: +m[2] - 1, character: +m[3] - 1 }, end: { line: +m[4] - 1, character: +m[5] - 1 } },
        severity: { error: 1, warning: 2, information: 3, hint: 4 }[m[6]],
        code: m[7],
        message: m[8],
      });
    }
  }
  return out;
}

/** 0-based position of `token` inside the first line that contains `lineMarker`. */
function positionOf(text, lineMarker, token) {
  const lines = text.split(/\r?\n/);
  const line = lines.findIndex((l) => l.includes(lineMarker));
  if (line < 0) throw new Error(`no line containing ${JSON.stringify(lineMarker)}`);
  const character = lines[line].indexOf(token, lines[line].indexOf(lineMarker));
  return { line, character };
}

function textIn(text, range) {
  const lines = text.split(/\r?\n/);
  if (range.start.line === range.end.line) {
    return (lines[range.start.line] ?? '').slice(range.start.character, range.end.character);
  }
  const parts = [(lines[range.start.line] ?? '').slice(range.start.character)];
  for (let l = range.start.line + 1; l < range.end.line; l++) parts.push(lines[l] ?? '');
  parts.push((lines[range.end.line] ?? '').slice(0, range.end.character));
  return parts.join('\n');
}

const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code));
const sameRange = (a, b) =>
  a && b && a.start.line === b.start.line && a.start.character === b.start.character &&
  a.end.line === b.end.line && a.end.character === b.end.character;
const fmtRange = (r) => (r ? `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}` : String(r));
const sortedCodes = (ds) => ds.map(codeOf).sort();

function hoverText(h) {
  if (!h || !h.contents) return '';
  const one = (c) => (typeof c === 'string' ? c : c.value ?? '');
  return Array.isArray(h.contents) ? h.contents.map(one).join('\n') : one(h.contents);
}

// Rejects when the server process ends before we asked it to: every wait then fails at once.
let serverDied = new Promise(() => {});

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    serverDied.then(({ code, signal }) => {
      throw new Error(`server exited (code ${code}${signal ? ', signal ' + signal : ''}) while waiting for ${what}`);
    }),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------- main

async function main() {
  if (!fs.existsSync(jar)) {
    fail('server jar', `${jar} does not exist (build it: ./mvnw -q package -DskipTests)`);
    return;
  }
  const ws = makeWorkspace();
  const wsUri = pathToFileURL(ws.dir).href;
  const uriOf = (rel) => pathToFileURL(path.join(ws.dir, rel)).href;
  console.log(`server: ${jar}`);
  console.log(`workspace: ${ws.dir}`);

  const server = spawn(java, ['-jar', jar, 'lsp'], { cwd: ws.dir, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (b) => {
    stderr += b;
    if (verbose) process.stderr.write(b);
  });
  const exited = new Promise((resolve) => server.on('exit', (code, signal) => resolve({ code, signal })));
  let serverExit = null;
  exited.then((e) => (serverExit = e));
  let exitSent = false;
  serverDied = exited.then((e) => (exitSent ? new Promise(() => {}) : e));
  server.on('error', (e) => fail('spawn server', e.message));

  const connection = createProtocolConnection(
    new StreamMessageReader(server.stdout),
    new StreamMessageWriter(server.stdin),
  );

  // Requests a real editor answers.
  const serverRequests = [];
  connection.onRequest((method, params) => {
    serverRequests.push(method);
    if (verbose) console.error(`<- request ${method} ${JSON.stringify(params)}`);
    switch (method) {
      case 'workspace/configuration':
        return (params?.items ?? []).map(() => null);
      case 'workspace/applyEdit':
        return { applied: false, failureReason: 'e2e client does not apply edits' };
      default:
        return null; // client/registerCapability, window/workDoneProgress/create, */refresh, ...
    }
  });

  // Every publishDiagnostics, timestamped, and waiters re-checked on each.
  const published = []; // {t, params}
  const logs = [];
  const waiters = new Set();
  const recheck = () => {
    for (const w of waiters) {
      const v = w.test();
      if (v) {
        waiters.delete(w);
        w.resolve(v);
      }
    }
  };
  connection.onNotification((method, params) => {
    if (verbose) console.error(`<- ${method} ${JSON.stringify(params).slice(0, 400)}`);
    if (method === 'textDocument/publishDiagnostics') {
      published.push({ t: performance.now(), params });
      recheck();
    } else if (method === 'window/logMessage' || method === 'window/showMessage') {
      logs.push(params);
    }
  });
  const waitFor = (what, test) => {
    const v = test();
    if (v) return Promise.resolve(v);
    return withTimeout(new Promise((resolve) => waiters.add({ test, resolve })), timeoutMs, what).catch((e) => {
      for (const w of waiters) if (w.test === test) waiters.delete(w);
      throw e;
    });
  };
  connection.onError(([e]) => fail('json-rpc stream', e?.message ?? String(e)));
  connection.listen();

  const l2Uri = uriOf(L2);
  const l2Path = path.join(ws.dir, L2);
  const l2Text = fs.readFileSync(l2Path, 'utf8');
  const isL2 = (p) => p.uri === l2Uri || safePath(p.uri) === l2Path;

  try {
    // ---- initialize
    const t0 = performance.now();
    const init = await withTimeout(
      connection.sendRequest('initialize', {
        processId: process.pid,
        clientInfo: { name: 'handoff-e2e-node', version: '1' },
        rootUri: wsUri,
        workspaceFolders: [{ uri: wsUri, name: path.basename(ws.dir) }],
        capabilities: {
          general: { positionEncodings: ['utf-16'] },
          window: { workDoneProgress: true },
          workspace: {
            configuration: true,
            workspaceFolders: true,
            applyEdit: true,
            workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
            didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
            diagnostics: { refreshSupport: true },
          },
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: true },
            publishDiagnostics: {
              relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true,
              tagSupport: { valueSet: [1, 2] },
            },
            diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
            hover: { contentFormat: ['markdown', 'plaintext'] },
            rename: { prepareSupport: true },
            definition: { linkSupport: true },
          },
        },
      }),
      timeoutMs,
      'the initialize response',
    );
    const tInit = performance.now();
    const caps = init.capabilities ?? {};
    check('initialize', !!init.capabilities, `${Math.round(tInit - t0)} ms, server ${init.serverInfo?.name} ${init.serverInfo?.version ?? ''}`.trim(),
      'no capabilities in the initialize result');
    const sync = caps.textDocumentSync;
    check('capabilities: incremental sync', (typeof sync === 'object' ? sync.change : sync) === 2,
      'textDocumentSync.change = 2', `textDocumentSync = ${JSON.stringify(sync)}`);
    console.log(`advertised: ${Object.keys(caps).filter((k) => caps[k]).sort().join(', ')}`);

    connection.sendNotification('initialized', {});
    connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: l2Uri, languageId: 'markdown', version: 1, text: l2Text },
    });

    // ---- diagnostics
    const expected = snapshotFor(L2);
    const want = sortedCodes(expected).join(',');
    const first = await waitFor('publishDiagnostics for the opened L2', () => published.find((p) => isL2(p.params)));
    const firstMs = Math.round(first.t - t0);
    pass('first publishDiagnostics for the opened L2', `${firstMs} ms after the initialize request (${first.params.diagnostics.length} diagnostics)`);
    console.log(`TIMING initialize->first-diagnostics ${firstMs} ms`);

    let full;
    try {
      full = await waitFor(`the snapshot's codes (${want})`, () =>
        [...published].reverse().find((p) => isL2(p.params) && sortedCodes(p.params.diagnostics).join(',') === want));
      pass('diagnostic codes equal the snapshot', `${expected.length} diagnostics after ${Math.round(full.t - t0)} ms: ${[...new Set(sortedCodes(expected))].join(' ')}`);
    } catch (e) {
      const last = [...published].reverse().find((p) => isL2(p.params));
      fail('diagnostic codes equal the snapshot', `${e.message}; last published: ${last ? sortedCodes(last.params.diagnostics).join(',') : 'none'}`);
    }

    if (full) {
      const firstNonEmpty = published.find((p) => isL2(p.params) && p.params.diagnostics.length > 0);
      console.log(`TIMING initialize->first-non-empty-diagnostics ${Math.round(firstNonEmpty.t - t0)} ms`);
      console.log(`TIMING initialize->complete-diagnostics ${Math.round(full.t - t0)} ms`);
      // What the editor showed on the way: every earlier publish should be a subset of the final findings
      // (partial indexing may hold findings back, never invent them) and never an empty list.
      const transient = [];
      for (const p of published) {
        if (p === full) break;
        if (!isL2(p.params)) continue;
        const at = `${Math.round(p.t - t0)} ms`;
        if (p.params.diagnostics.length === 0) transient.push(`${at}: empty list (the file has ${expected.length} findings)`);
        for (const d of p.params.diagnostics) {
          if (!expected.some((e) => codeOf(d) === e.code && sameRange(d.range, e.range) && d.message === e.message)) {
            transient.push(`${at}: ${codeOf(d)} ${fmtRange(d.range)} ${d.message.slice(0, 80)}`);
          }
        }
      }
      const name = 'no transient false diagnostics before the complete set';
      if (transient.length === 0) pass(name);
      else if (process.env.HANDOFF_E2E_STRICT) fail(name, transient.join('; '));
      else console.log(`WARN ${name} (set HANDOFF_E2E_STRICT=1 to fail): ${transient.join('; ')}`);
    }

    const lastForL2 = [...published].reverse().find((p) => isL2(p.params));
    check('publishDiagnostics uri is the didOpen uri', lastForL2.params.uri === l2Uri, lastForL2.params.uri,
      `sent ${l2Uri}, got ${lastForL2.params.uri}`);
    check('publishDiagnostics version', lastForL2.params.version === 1, 'version 1',
      `expected version 1 (the didOpen version), got ${JSON.stringify(lastForL2.params.version)}`);

    if (full) {
      const got = full.params.diagnostics;
      // Same findings as the CLI snapshot: range, severity and message, one for one.
      const missing = expected.filter((e) => !got.some((d) =>
        codeOf(d) === e.code && sameRange(d.range, e.range) && d.severity === e.severity && d.message === e.message));
      check('diagnostics match the snapshot (range, severity, message)', missing.length === 0 && got.length === expected.length,
        `${got.length} of ${expected.length}`,
        `${missing.length} snapshot findings without an identical diagnostic: ${missing.map((m) => `${m.code}@${fmtRange(m.range)}`).join(', ')}`);
      const notHandoff = got.filter((d) => d.source !== 'handoff');
      check('every diagnostic has source "handoff"', notHandoff.length === 0, '',
        `${notHandoff.length} without it, e.g. ${JSON.stringify(notHandoff[0]?.source)}`);

      // One diagnostic checked in full, its range computed from the file text, not from the snapshot.
      const r2 = positionOf(l2Text, '- [R-2] The mobile app pins checkout API v1; the v1 adapter', 'R-2');
      const wantRange = { start: r2, end: { line: r2.line, character: r2.character + 3 } };
      const hl204 = got.filter((d) => codeOf(d) === 'HL204');
      const d = hl204[0];
      check('HL204 on R-2: exact range, severity, source, code', hl204.length === 1 && sameRange(d.range, wantRange) &&
        d.severity === 1 && d.source === 'handoff' && d.code === 'HL204' && /rules\.md#/.test(d.codeDescription?.href ?? ''),
        `range ${fmtRange(d?.range)} (line ${r2.line + 1}), severity error, source handoff`,
        `expected one HL204 at ${fmtRange(wantRange)} severity 1 source "handoff" with codeDescription; got ${JSON.stringify(hl204)}`);
      check('HL204 message names R-2 and the origin', /R-2/.test(d?.message ?? '') && /phase-3\/coordinator\/L2-summary\.md/.test(d?.message ?? ''),
        '', `message: ${d?.message}`);
    }

    // ---- hover
    if (caps.hoverProvider) {
      const r2 = positionOf(l2Text, '- [R-2] The mobile app pins checkout API v1; the v1 adapter', 'R-2');
      const pos = { line: r2.line, character: r2.character + 1 };
      try {
        const h = await withTimeout(connection.sendRequest('textDocument/hover', { textDocument: { uri: l2Uri }, position: pos }), timeoutMs, 'hover');
        const text = hoverText(h);
        const markdown = h && !Array.isArray(h.contents) && typeof h.contents === 'object' && h.contents.kind === 'markdown';
        check('hover on R-2 (line ' + (pos.line + 1) + ')', markdown && /\bR-2\b/.test(text),
          `markdown, ${text.length} chars: ${JSON.stringify(text.split('\n')[0])}`,
          `expected markdown MarkupContent mentioning R-2, got ${JSON.stringify(h)}`);
        if (h?.range) {
          check('hover range is the R-2 token', sameRange(h.range, { start: r2, end: { line: r2.line, character: r2.character + 3 } }),
            fmtRange(h.range), `got ${fmtRange(h.range)}, expected ${fmtRange({ start: r2, end: { line: r2.line, character: r2.character + 3 } })}`);
        }
      } catch (e) {
        fail('hover on R-2', e.message);
      }
    } else {
      fail('hover', 'hoverProvider is not advertised');
    }

    // ---- rename
    if (caps.renameProvider) {
      const coordPath = path.join(ws.dir, COORD_L2);
      const coordUri = uriOf(COORD_L2);
      const coordText = fs.readFileSync(coordPath, 'utf8');
      const ad1 = positionOf(coordText, '- [AD-1] Checkout becomes a server-driven state machine', 'AD-1');
      const pos = { line: ad1.line, character: ad1.character + 1 };
      const ad1Range = { start: ad1, end: { line: ad1.line, character: ad1.character + 4 } };
      connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: coordUri, languageId: 'markdown', version: 1, text: coordText },
      });
      try {
        if (typeof caps.renameProvider === 'object' && caps.renameProvider.prepareProvider) {
          const prep = await withTimeout(connection.sendRequest('textDocument/prepareRename', { textDocument: { uri: coordUri }, position: pos }), timeoutMs, 'prepareRename');
          const prepRange = prep?.range ?? (prep?.start ? prep : null);
          check('prepareRename on AD-1', sameRange(prepRange, ad1Range), `range ${fmtRange(prepRange)}${prep?.placeholder ? ', placeholder ' + prep.placeholder : ''}`,
            `expected range ${fmtRange(ad1Range)}, got ${JSON.stringify(prep)}`);
        }
        const edit = await withTimeout(connection.sendRequest('textDocument/rename', { textDocument: { uri: coordUri }, position: pos, newName: 'AD-40' }), timeoutMs, 'rename');
        const perFile = new Map();
        for (const [uri, edits] of Object.entries(edit?.changes ?? {})) perFile.set(uri, [...(perFile.get(uri) ?? []), ...edits]);
        for (const dc of edit?.documentChanges ?? []) {
          if (dc.textDocument) perFile.set(dc.textDocument.uri, [...(perFile.get(dc.textDocument.uri) ?? []), ...dc.edits]);
        }
        const files = [...perFile.keys()].map((u) => path.relative(ws.dir, safePath(u) ?? u));
        check('rename AD-1 -> AD-40 touches >= 2 files', perFile.size >= 2, `${perFile.size} files: ${files.join(', ')}`,
          `got ${perFile.size} files: ${JSON.stringify(edit)}`);
        check('rename stays in the checkout-redesign pipeline', files.every((f) => f.startsWith(PIPELINE)), '',
          `edits outside ${PIPELINE}: ${files.filter((f) => !f.startsWith(PIPELINE)).join(', ')}`);
        const bad = [];
        let count = 0;
        for (const [uri, edits] of perFile) {
          const text = fs.readFileSync(safePath(uri), 'utf8');
          for (const e of edits) {
            count++;
            const old = textIn(text, e.range);
            if (!/\bAD-1\b/.test(old) || !/\bAD-40\b/.test(e.newText)) bad.push(`${path.relative(ws.dir, safePath(uri))}@${fmtRange(e.range)} ${JSON.stringify(old)} -> ${JSON.stringify(e.newText)}`);
          }
        }
        check('rename edits replace AD-1 with AD-40', bad.length === 0 && count > 0, `${count} edits`, bad.join('; ') || 'no edits');
        const coordEdits = perFile.get(coordUri) ?? [];
        check('rename edits the definition', coordEdits.some((e) => sameRange(e.range, ad1Range) && e.newText === 'AD-40'),
          `${COORD_L2} ${fmtRange(ad1Range)}`, `no edit at ${fmtRange(ad1Range)} in ${COORD_L2}: ${JSON.stringify(coordEdits)}`);
      } catch (e) {
        fail('rename AD-1', e.message);
      }
    } else {
      fail('rename', 'renameProvider is not advertised');
    }

    // ---- shutdown
    await withTimeout(connection.sendRequest('shutdown'), timeoutMs, 'the shutdown response');
    exitSent = true;
    connection.sendNotification('exit');
    const { code, signal } = await withTimeout(exited, 10000, 'the server process to exit');
    check('shutdown + exit: server exit code 0', code === 0, 'exit code 0', `exit code ${code}${signal ? ' signal ' + signal : ''}`);
  } catch (e) {
    fail('session', e.message);
  } finally {
    connection.dispose();
    if (!serverExit && server.exitCode === null) server.kill('SIGKILL');
    if (failures && !verbose && stderr.trim()) {
      console.log('--- server stderr (last 40 lines) ---');
      console.log(stderr.trim().split('\n').slice(-40).join('\n'));
    }
    const errorLogs = logs.filter((l) => l.type === 1);
    if (errorLogs.length) console.log(`server error messages: ${errorLogs.map((l) => l.message).join(' | ')}`);
    if (ws.temp) fs.rmSync(ws.dir, { recursive: true, force: true });
  }
}

function safePath(uri) {
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

await main();
console.log(failures ? `node client: ${failures} check(s) FAILED` : 'node client: all checks passed');
process.exit(failures ? 1 : 0);
