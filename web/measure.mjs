// Measures the validator page on a whole export, in headless Chromium (Debian's chromium, driven by
// playwright-core), as a person would use it: the file chosen in the page, checked in its worker.
// Writes the bench's consent export (bench/generate.mjs; 100,000 records, about 85 MB of Turtle, by
// default), builds the page (web/dist), serves it on 127.0.0.1, and reports the time from choosing
// the file to the report on the page, the page's own figure, and the longest the page's thread went
// without a frame meanwhile (the page stays responsive when that is small). Not a test: its figures
// depend on the machine.   node web/measure.mjs [records] [turtle|ntriples]   (npm run web:measure)
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { writeExport } from '../bench/generate.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const records = Number(process.argv[2] ?? 100_000);
const format = process.argv[3] ?? 'turtle';
const work = mkdtempSync(join(tmpdir(), 'profielkit-measure-'));
const dist = join(work, 'dist');
const file = join(work, `export.${format === 'ntriples' ? 'nt' : 'ttl'}`);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

try {
  await build({
    configFile: join(root, 'web/vite.config.ts'),
    logLevel: 'error',
    build: { outDir: dist, emptyOutDir: true },
  });
  await writeExport(file, records, format);
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname);
    const f = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    if (!f.startsWith(dist) || !existsSync(f)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(f)] ?? 'application/octet-stream' }).end(readFileSync(f));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({
    executablePath: process.env.PROFIELKIT_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  // the longest gap between two frames while the worker validates: how long the page could not respond
  await page.evaluate(() => {
    const w = window;
    w.longestFrame = 0;
    let last = performance.now();
    const tick = (now) => {
      w.longestFrame = Math.max(w.longestFrame, now - last);
      last = now;
      if (!w.stopFrames) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.locator('input[type=file]').setInputFiles(file);
  await page.waitForSelector(
    '[data-testid="summary"][data-state="done"], [data-testid="summary"][data-state="failed"]',
    { timeout: 600_000 },
  );
  const seconds = (Date.now() - started) / 1000;
  const summary = (await page.locator('[data-testid="summary"]').innerText()).replace(/\s+/gu, ' ');
  const longest = await page.evaluate(() => ((window.stopFrames = true), window.longestFrame));
  const rules = await page.locator('[data-testid="group"]').count();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // one rule opened: its first page of findings
  const opened = Date.now();
  if (rules > 0) await page.locator('[data-testid="group"] summary').first().click();
  if (rules > 0) await page.waitForSelector('[data-testid="result"]');
  const openMs = Date.now() - opened;
  const rows = await page.locator('[data-testid="result"]').count();
  await browser.close();
  server.close();
  console.log(
    `${records.toLocaleString('en')} records, ${format}, ${(statSync(file).size / 1e6).toFixed(0)} MB: ` +
      `${seconds.toFixed(1)} s from choosing the file to the report`,
  );
  console.log(`the page: ${summary}`);
  console.log(
    `overview: ${rules} rules, page ${height} px tall; the first rule opened in ${openMs} ms with ${rows} rows; ` +
      `longest the page went without a frame meanwhile: ${Math.round(longest)} ms`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
