// The pipeline report in a real browser: runs `handoff-ls report samples --format html --out <tmp>/report.html`,
// loads the page from file:// in headless Chromium, checks the ID × phase matrix of every sample pipeline,
// and saves a screenshot for the README (docs/images/report.png).
//
// Environment:
//   HANDOFF_JAR               server jar (default: server/target/handoff-ls.jar)
//   HANDOFF_E2E_CHROMIUM      Chromium binary (default /usr/bin/chromium)
//   HANDOFF_REPORT_SCREENSHOT where to save the screenshot (default docs/images/report.png)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const jar = resolve(root, process.env.HANDOFF_JAR || 'server/target/handoff-ls.jar');
const chromiumPath = process.env.HANDOFF_E2E_CHROMIUM || '/usr/bin/chromium';
const screenshot = resolve(root, process.env.HANDOFF_REPORT_SCREENSHOT || 'docs/images/report.png');
const STEP_MS = 15000;

const failures = [];
function check(ok, what) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (!ok) failures.push(what);
}

const work = mkdtempSync(join(tmpdir(), 'handoff-report-'));
let context;
try {
  const out = join(work, 'out', 'report.html');
  execFileSync('java', ['-jar', jar, 'report', 'samples', '--format', 'html', '--out', out], { cwd: root, stdio: 'inherit' });
  check(existsSync(out), 'report written with --out (folders created)');

  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const external = [];
  page.on('request', (r) => { if (!r.url().startsWith('file:')) external.push(r.url()); });
  await page.goto(pathToFileURL(out).href, { timeout: STEP_MS });
  await page.waitForSelector('table.matrix', { timeout: STEP_MS });

  const pipelines = readdirSync(join(root, 'samples/.agent/teams'), { withFileTypes: true })
    .filter((d) => d.isDirectory()).map((d) => d.name);
  for (const name of pipelines) {
    const rows = await page.locator(`section.pipeline[data-scope$="/${name}"] table.matrix tbody tr`).count();
    check(rows > 0, `${name}: a matrix with ${rows} rows`);
  }
  for (const name of ['checkout-redesign', 'search-relevance', 'module-split']) {
    check(pipelines.includes(name), `sample pipeline ${name} exists`);
  }

  const split = 'section.pipeline[data-scope$="/module-split"] table.matrix';
  for (const id of ['R-1', 'R-3', 'AD-1']) {
    check(await page.locator(`${split} tr[data-id="${id}"]`).count() === 1, `module-split has a row ${id}`);
  }
  const cell = (id, col) => page.locator(`${split} tr[data-id="${id}"] td[data-col="${col}"]`);
  check((await cell('R-1', 'P3').getAttribute('class')) === 'cell defined'
    && (await cell('R-1', 'P3').innerText()).trim() === 'defined', 'R-1 is defined in P3');
  check((await cell('R-1', 'P5').innerText()).trim() === '—'
    && await cell('R-1', 'P5').locator('a').count() === 0, 'R-1 has nothing in P5 (—, no site)');
  check((await cell('AD-1', 'P4').innerText()).trim() === 'superseded', 'AD-1 is superseded in P4');
  check((await cell('R-2', 'P4').innerText()).trim() === 'mitigated', 'R-2 is mitigated in P4');

  const href = await cell('R-1', 'P3').locator('a').getAttribute('href');
  const target = fileURLToPath(new URL(href, page.url()));
  check(href.endsWith('#L11') && existsSync(target), `the R-1 P3 link ${href} opens an existing file`);
  const findings = await page.locator('section.pipeline[data-scope$="/module-split"] table.findings td[data-col="code"]').allInnerTexts();
  check(['HL601', 'HL602', 'HL603', 'HL604', 'HL605'].every((c) => findings.includes(c)), `module-split lists HL601–HL605 (${findings.join(', ')})`);
  check(await page.locator('.legend span').count() >= 7, 'a legend');
  check(await page.locator('script').count() === 0, 'no script on the page');
  check(external.length === 0, `no request outside file:// (${external.join(', ')})`);

  // The README's picture: the legend and the pipeline that tells the seed's story.
  await page.evaluate(() => document.querySelectorAll('section.pipeline').forEach((s) => {
    if (!s.dataset.scope.endsWith('/module-split')) s.style.display = 'none';
  }));
  await page.screenshot({ path: screenshot, fullPage: true });
  check(existsSync(screenshot), `screenshot saved to ${screenshot}`);
} catch (e) {
  check(false, `unexpected error: ${e && e.message}`);
} finally {
  if (context) await context.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(failures.length === 0 ? 'report e2e: PASS' : `report e2e: FAIL (${failures.length})`);
process.exit(failures.length === 0 ? 0 : 1);
