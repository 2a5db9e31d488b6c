// The grammar's source of truth is grammars/handoff.injection.tmLanguage.json; the VS Code extension
// ships an identical copy in vscode-client/syntaxes/. This fails when the two differ.
// `node sync-check.mjs --fix` copies the source over the copy.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const name = 'handoff.injection.tmLanguage.json';
const source = join(here, name);
const copy = join(here, '..', 'vscode-client', 'syntaxes', name);
const rel = (p) => relative(join(here, '..'), p);

const want = readFileSync(source);
JSON.parse(want.toString('utf8')); // the source must at least be valid JSON

if (process.argv.includes('--fix')) {
  mkdirSync(dirname(copy), { recursive: true });
  writeFileSync(copy, want);
  console.log(`copied ${rel(source)} to ${rel(copy)}`);
} else if (!existsSync(copy)) {
  console.error(`${rel(copy)} is missing: run \`node grammars/sync-check.mjs --fix\``);
  process.exit(1);
} else if (!readFileSync(copy).equals(want)) {
  console.error(`${rel(copy)} differs from ${rel(source)}: edit the grammar in grammars/, then run \`node grammars/sync-check.mjs --fix\``);
  process.exit(1);
} else {
  console.log(`${rel(copy)} is identical to ${rel(source)}`);
}
