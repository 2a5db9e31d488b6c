#!/usr/bin/env node
// The server must exit on its own when the editor process named in initialize's processId dies
// (an editor that crashes never sends shutdown/exit). Starts a stand-in "editor" process, gives
// its pid to the server, kills it, and waits for the server to end.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } =
  createRequire(import.meta.url)('vscode-languageserver-protocol/node');
const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const jar = path.resolve(process.env.HANDOFF_JAR || path.join(repo, 'server', 'target', 'handoff-ls.jar'));

const editor = spawn('sleep', ['60'], { stdio: 'ignore' });
const server = spawn('java', ['-jar', jar], { stdio: ['pipe', 'pipe', 'ignore'] });
const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
const conn = createProtocolConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
conn.onError(() => {});
conn.listen();
await conn.sendRequest('initialize', { processId: editor.pid, rootUri: pathToFileURL(path.join(repo, 'samples')).href,
  capabilities: {} });
conn.sendNotification('initialized', {});
editor.kill('SIGKILL');
const timer = setTimeout(() => {
  console.log('FAIL server still running 15 s after its parent process died');
  server.kill('SIGKILL');
  process.exit(1);
}, 15000);
const code = await exited;
clearTimeout(timer);
console.log(`PASS server exited (status ${code}) after its parent process died`);
process.exit(0);
