#!/usr/bin/env node
// Rewrites the generated block of docs/performance.md (between <!-- bench:begin --> and
// <!-- bench:end -->) from the JSON lines of scripts/bench-check.sh and bench.mjs; the rest of the page
// is written by hand and kept. Called by scripts/bench-all.sh:
//
//   node bench-docs.mjs RESULTS.jsonl docs/performance.md
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [resultsFile, page] = process.argv.slice(2);
if (!resultsFile || !page) {
  console.error('usage: node bench-docs.mjs RESULTS.jsonl docs/performance.md');
  process.exit(2);
}
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const rows = fs.readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const cli = (row) => rows.find((x) => x.bench === 'cli' && x.row === row);
const lsp = (server) => rows.find((x) => x.bench === 'lsp' && x.server === server);
const meta = cli('meta') || {};
if (meta.handoff_cmd) meta.handoff_cmd = meta.handoff_cmd.split(`${repo}/`).join('');

const ms = (v) => (v === null || v === undefined ? null : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);
const mb = (v) => (v === null || v === undefined ? null : v >= 1024 ? `${(v / 1024).toFixed(1)} GB` : `${v} MB`);
const small = (v) => (v < 10 ? v.toFixed(1) : String(Math.round(v)));
const pair = (a, b) => (a === null || a === undefined ? null : `${small(a)} / ${small(b)} ms`);
/** A cell: the figure, "n/a" when the tool was measured but has no such figure, "failed" when its run broke. */
function cell(source, figure) {
  if (!source) return '—';
  if (source.error) return 'failed';
  return figure(source) ?? 'n/a';
}
function goal(text, met) {
  return met === null || met === undefined ? text : `${text} ${met ? '✅' : '❌'}`;
}
const ours = { check: cli('handoff'), cached: cli('handoff-cached'), server: lsp('handoff-ls') };
const peers = { rumdl: cli('rumdl'), rumdlCached: cli('rumdl-cached'), mdl: cli('markdownlint'), vscode: lsp('vscode-markdown-languageserver') };
const ratio = (r) => (r?.ratio_vs_rumdl === null || r?.ratio_vs_rumdl === undefined ? '' : ` (**${r.ratio_vs_rumdl.toFixed(2)}×** rumdl)`);
const ok = (src, f) => (src && !src.error && f(src) !== null && f(src) !== undefined ? f(src) : null);
const le = (v, bound) => (v === null ? null : v <= bound);
const files = meta.files?.toLocaleString('en-US') ?? '?';
const lines = ours.server?.open_lines?.toLocaleString('en-US') ?? '5,000';

const table = [
  ['what', 'handoff-ls', 'rumdl', 'markdownlint-cli2', 'VS Code markdown server', 'goal'],
  [`\`check\` over ${files} files, no cache: median wall time, process start included`,
    cell(ours.check, (r) => ms(r.median_ms) && ms(r.median_ms) + ratio(r)), cell(peers.rumdl, (r) => ms(r.median_ms)),
    cell(peers.mdl, (r) => ms(r.median_ms)), '—', goal('≤ 1.0× rumdl', le(ok(ours.check, (r) => r.ratio_vs_rumdl), 1.0))],
  ['repeat `check`, nothing changed (cached run)',
    ours.cached ? cell(ours.cached, (r) => ms(r.median_ms) && ms(r.median_ms) + ratio(r)) : (meta.cache === false ? 'n/a (no cache yet)' : '—'),
    cell(peers.rumdlCached, (r) => ms(r.median_ms)), peers.mdl ? 'n/a (no cache)' : '—', '—',
    goal('≤ 1.0× rumdl cached', le(ok(ours.cached, (r) => r.ratio_vs_rumdl), 1.0))],
  ['peak RSS of the uncached `check`',
    cell(ours.check, (r) => mb(r.peak_rss_mb)), cell(peers.rumdl, (r) => mb(r.peak_rss_mb)), cell(peers.mdl, (r) => mb(r.peak_rss_mb)), '—',
    goal('≤ 300 MB', le(ok(ours.check, (r) => r.peak_rss_mb), 300))],
  [`LSP, ${lines}-line L2 open in that workspace: keystroke → diagnostics p50 / p95`,
    cell(ours.server, (r) => pair(r.keystroke_p50_ms, r.keystroke_p95_ms)), '—', '—',
    cell(peers.vscode, (r) => pair(r.keystroke_p50_ms, r.keystroke_p95_ms)), goal('p95 ≤ 10 ms', le(ok(ours.server, (r) => r.keystroke_p95_ms), 10))],
  ['same: first diagnostics of the L2 after the server starts',
    cell(ours.server, (r) => ms(r.first_diagnostics_ms)), '—', '—', cell(peers.vscode, (r) => ms(r.first_diagnostics_ms)),
    goal('≤ 1 s', le(ok(ours.server, (r) => r.first_diagnostics_ms), 1000))],
  ['same: whole workspace indexed after the server starts',
    cell(ours.server, (r) => ms(r.index_ms)), '—', '—', cell(peers.vscode, (r) => ms(r.index_ms)), '—'],
  ['same: hover p50 / p95',
    cell(ours.server, (r) => pair(r.hover_p50_ms, r.hover_p95_ms)), '—', '—', cell(peers.vscode, (r) => pair(r.hover_p50_ms, r.hover_p95_ms)),
    goal('p95 ≤ 2 ms', le(ok(ours.server, (r) => r.hover_p95_ms), 2))],
  ['same: peak RSS of the server',
    cell(ours.server, (r) => mb(r.peak_rss_mb)), '—', '—', cell(peers.vscode, (r) => mb(r.peak_rss_mb)),
    goal('≤ 300 MB', le(ok(ours.server, (r) => r.peak_rss_mb), 300))],
];

const sh = (cmd, argv) => { try { return execFileSync(cmd, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim(); } catch (e) { return (e.stderr || '').trim(); } };
const javaVersion = sh('sh', ['-c', 'java -version 2>&1']);
// What was measured: bench-all.sh records the commit and date when it starts; else they are taken now.
const run = rows.find((x) => x.bench === 'run') || {};
const commit = run.commit ?? sh('git', ['-C', repo, 'rev-parse', '--short', 'HEAD']);
const dirty = (run.dirty ?? !!sh('git', ['-C', repo, 'status', '--porcelain', '--untracked-files=no'])) ? ' (with uncommitted changes)' : '';
const date = run.date ?? new Date().toISOString().slice(0, 10);
const failures = rows.filter((x) => x.error).map((x) => `- ${x.server}: ${x.error}`);
const vs = peers.vscode && !peers.vscode.error ? peers.vscode.command.replace(/^node /, '').replace(/ --stdio$/, '') : 'vscode-markdown-languageserver';

const block = [
  '<!-- bench:begin -->',
  '<!-- Generated by scripts/bench-all.sh: edit outside the bench markers, or change e2e/node-client/bench-docs.mjs. -->',
  '',
  ...table.map((r, i) => `| ${r.join(' | ')} |` + (i === 0 ? `\n|${r.map(() => '---').join('|')}|` : '')),
  '',
  `Measured ${date} at commit \`${commit}\`${dirty}, on ${os.cpus().length} cores`
    + ` (${os.cpus()[0]?.model?.trim() || 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GB of memory, load average`
    + ` ${meta.loadavg ?? '?'} when the command-line runs started; ${javaVersion.split('\n')[1] || javaVersion.split('\n')[0]},`
    + ` Node ${process.version}. Figures vary ±30% from run to run on a shared machine; the ratios hold better.`,
  '',
  `- **Command line**: a generated workspace of ${files} markdown files (\`WorkspaceGenerator\`, seed ${meta.seed ?? 42}); each tool runs`
    + ` once to warm up, then ${meta.runs ?? '?'} round${meta.runs === 1 ? '' : 's'} run every row once, interleaved in a rotating order; wall time per whole`
    + ` process, peak RSS by GNU time. Ours: \`${meta.handoff_cmd ?? '?'} check . --format json${meta.cache ? ' --no-cache' : ''}\``
    + `${meta.cache ? ', and again without `--no-cache` for the cached row' : ''};`
    + ` ${meta.rumdl_version ?? 'rumdl'}: \`rumdl check . --no-cache\` and \`rumdl check .\` with its cache;`
    + ` ${meta.markdownlint_version ?? 'markdownlint-cli2'}: \`markdownlint-cli2 '**/*.md'\`. Each tool's own rules and output format.`,
  `- **Editor**: the same workspace with a ${lines}-line coordinator L2 open (written by \`bench.mjs\` as the next phase of the`
    + ' first pipeline). Keystroke: an edit that adds or removes a line (a duplicate risk ID with a link to a missing file)'
    + ` → the diagnostics of that version; ${ours.server?.keystrokes ?? '?'} edits after a warm-up, our debounce 0,`
    + ' typed once each server has gone idle after indexing (under 50 ms of CPU in half a second: ours has then'
    + ' published the whole workspace\'s diagnostics).'
    + ` VS Code's server (${vs}, validation on) pulls diagnostics: didChange, then \`textDocument/diagnostic\`, and`
    + ' the client answers its `markdown/parse` requests with markdown-it, as VS Code does. Hover: ours on an ID reference,'
    + " VS Code's on an image link (the only hover it has). Index: ours until the indexing progress ends, VS Code's until"
    + ' a `workspace/symbol` request returns (it reads and parses every file). Peak RSS: VmHWM of the server process.',
  ...(failures.length ? ['', 'Runs that failed:', ...failures] : []),
  '',
  'Re-run everything (about 15–30 minutes for 10,000 files; it rewrites this block):',
  '',
  '```sh',
  'scripts/bench-all.sh                                  # FILES=10000 RUNS=5 EDITS=60 HOVERS=60',
  'FILES=200 RUNS=1 EDITS=5 HOVERS=5 scripts/bench-all.sh   # smoke run, a few minutes',
  '```',
  '<!-- bench:end -->',
].join('\n');

const old = fs.existsSync(page) ? fs.readFileSync(page, 'utf8') : '# Performance\n\n<!-- bench:begin -->\n<!-- bench:end -->\n';
const re = /<!-- bench:begin -->[\s\S]*<!-- bench:end -->/;
if (!re.test(old)) {
  console.error(`${page} has no <!-- bench:begin --> ... <!-- bench:end --> block to rewrite`);
  process.exit(1);
}
fs.writeFileSync(page, old.replace(re, () => block));
console.log(`rewrote the measured block of ${page}`);
