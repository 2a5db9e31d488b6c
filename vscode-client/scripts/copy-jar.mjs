// Copies the server jar into the extension (server/handoff-ls.jar), building it when it is missing.
// HANDOFF_JAR overrides the source (default ../server/target/handoff-ls.jar).
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const client = resolve(here, '..');
const repo = resolve(client, '..');
const source = process.env.HANDOFF_JAR ? resolve(process.env.HANDOFF_JAR) : resolve(repo, 'server/target/handoff-ls.jar');
if (!existsSync(source)) {
  if (process.env.HANDOFF_JAR) {
    console.error(`copy-jar: ${source} does not exist`);
    process.exit(1);
  }
  console.log('copy-jar: building the server jar (./mvnw -q package -DskipTests)');
  execFileSync(resolve(repo, 'mvnw'), ['-q', 'package', '-DskipTests'], { cwd: repo, stdio: 'inherit' });
}
const target = resolve(client, 'server/handoff-ls.jar');
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
console.log(`copy-jar: ${source} → server/handoff-ls.jar (${(statSync(target).size / 1e6).toFixed(1)} MB)`);
