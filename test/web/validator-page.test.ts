/// <reference lib="dom" />
// The validator page (web/) in real headless Chromium (Debian's chromium, driven by playwright-core):
// built with Vite into a temporary folder, served from 127.0.0.1 by a plain static server (what any
// static host does), then given the fixtures as a person would: a file chosen, text pasted and checked
// by keyboard, a profile chosen for JSON, the language switched, a filter, every download. The page's
// report is compared with what the library says in Node for the same input, and every request the
// browser makes is recorded: only the page's own origin while it loads, and none at all after.
// No assertion depends on the machine's speed: every wait is for a state of the page, with a generous
// limit. PROFIELKIT_SCREENSHOT=docs/validator-page.png also writes the README's screenshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { parseJsonLd, parseRdf, ParseError, toestemming, validate, voorzieninggebruik } from '../../src/index.js';

const CHROMIUM = process.env['PROFIELKIT_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join(ROOT, 'test/fixtures/cli', name);
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
/** a wait for the page: long enough for a busy 2-core machine, never what decides a test */
const WAIT = { timeout: 180_000 };

/** Every request the browser made, and whether the page had loaded by then. */
interface Seen {
  readonly url: string;
  readonly afterLoad: boolean;
}

describe('the validator page in headless Chromium', () => {
  let dist: string;
  let server: Server;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  let loaded = false;
  const seen: Seen[] = [];
  const errors: string[] = [];
  let runs = 0;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set PROFIELKIT_CHROMIUM`);
    dist = mkdtempSync(join(tmpdir(), 'profielkit-web-'));
    await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'error', build: { outDir: dist, emptyOutDir: true } });
    // a plain static server, as `python3 -m http.server` in web/dist would be
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/u, '');
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
    // every request of the page and its worker; one to another origin is refused, and recorded
    context.on('request', (r) => void seen.push({ url: r.url(), afterLoad: loaded }));
    await context.route('**/*', (route) => (route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort()));
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { ...WAIT, state: 'attached' });
    loaded = true;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  /** Waits for the report of the next validation (the summary's run counter moves on) and returns the summary's text. */
  async function report(start: () => Promise<unknown>, state: 'done' | 'failed' = 'done'): Promise<string> {
    runs++;
    await start();
    await page.waitForSelector(`[data-testid="summary"][data-run="${runs}"][data-state="${state}"]`, WAIT);
    return page.locator('[data-testid="summary"]').innerText();
  }
  const rows = () => page.locator('[data-testid="result"]').allInnerTexts();
  const visibleRows = () => page.locator('[data-testid="result"]:visible').count();

  async function download(button: string): Promise<string> {
    const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: button }).click()]);
    return readFileSync(await file.path(), 'utf8');
  }

  it('loads from its own origin only, with labelled controls; profiles for JSON in the selector', async () => {
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.filter((s) => !s.url.startsWith(`${origin}/`))).toEqual([]);
    // every form control has a label
    for (const label of ['Taal', 'Bestand', 'Of plak de data', 'Formaat', 'Profiel voor JSON-invoer']) await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
    await expect(page.locator('input[type=file]').count()).resolves.toBe(1);
    const options = await page.locator('[data-testid="profile"] option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options).toEqual(['voorzieninggebruik', 'verwerkingenlogging']);
  });

  it('a conforming record: the verdict, the counts, the nodes checked, no rows', async () => {
    const summary = await report(() => page.locator('input[type=file]').setInputFiles(fixture('contactvoorkeur.ttl')));
    expect(summary).toContain('contactvoorkeur.ttl: voldoet aan toestemming');
    expect(summary).toMatch(/0 schendingen\s*0 waarschuwingen\s*0 meldingen/u);
    const expected = await validate(parseRdf(readFileSync(fixture('contactvoorkeur.ttl'), 'utf8')), { profile: toestemming });
    expect(expected.nodesChecked).toBeGreaterThan(0);
    expect(summary).toContain(`${expected.nodesChecked} knopen gecontroleerd`);
    expect(summary).toContain('gekozen op de klassen in de data');
    expect(await rows()).toEqual([]);
  });

  it('a broken record: rows grouped by node, violations first, as the library reports them; filter; English; downloads', async () => {
    const text = readFileSync(fixture('broken.ttl'), 'utf8');
    // every text the status line shows during the run: the worker's progress
    await page.evaluate(() => {
      const w = window as unknown as { statuses: string[] };
      w.statuses = [];
      const status = document.getElementById('status-text') as HTMLElement;
      new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const summary = await report(() => page.locator('input[type=file]').setInputFiles(fixture('broken.ttl')));
    // validated in the page's one worker, which said how far it got
    expect(page.workers()).toHaveLength(1);
    const statuses = await page.evaluate(() => (window as unknown as { statuses: string[] }).statuses);
    expect(statuses).toContain('broken.ttl: klassen zoeken… 100%');
    expect(statuses).toContain('broken.ttl: valideren tegen toestemming… 100%');
    const expected = await validate(parseRdf(text), { profile: toestemming });
    const { Violation, Warning } = expected.counts;
    expect(Violation).toBeGreaterThan(1);
    expect(Warning).toBeGreaterThan(0);
    expect(summary).toContain('broken.ttl: voldoet niet aan toestemming');
    expect(summary).toMatch(new RegExp(`${Violation} schendingen\\s*${Warning} waarschuwing(en)?\\s*0 meldingen`, 'u'));
    expect(summary).toContain('1 knoop gecontroleerd');
    const shown = await rows();
    expect(shown).toHaveLength(expected.results.length);
    for (const r of expected.results) expect(shown.some((row) => row.includes(r.message))).toBe(true);
    expect(shown.some((row) => row.includes('Toestemming.gegevenOp') && row.includes('[2024-03-01T10:00:00]'))).toBe(true);
    // violations first, then warnings
    expect(shown.map((row) => row.split(/\s/u)[0])).toEqual([...Array<string>(Violation).fill('schending'), ...Array<string>(Warning).fill('waarschuwing')]);
    await expect(page.locator('.group h4').allInnerTexts()).resolves.toEqual(['https://example.org/contactvoorkeur/7']);

    // the filter, by keyboard: Space on the focused checkbox
    const violations = page.getByLabel(`${Violation} schendingen`);
    await violations.focus();
    await page.keyboard.press('Space');
    await expect.poll(visibleRows, WAIT).toBe(Warning);
    await violations.check();
    await expect.poll(visibleRows, WAIT).toBe(Violation + Warning);

    // English: validated again, with the messages in English
    const english = await report(() => page.getByLabel('Taal').selectOption('en'));
    expect(english).toContain('broken.ttl: does not conform to toestemming');
    expect(english).toMatch(new RegExp(`${Violation} violations\\s*${Warning} warnings?\\s*0 infos`, 'u'));
    const inEnglish = await validate(parseRdf(text), { profile: toestemming, lang: 'en' });
    const rowsEn = await rows();
    for (const r of inEnglish.results) expect(rowsEn.some((row) => row.includes(r.message))).toBe(true);
    expect(rowsEn.some((row) => row.startsWith('violation') && row.includes('Toestemming.gegevenOp must be a date'))).toBe(true);

    // the JSON report: the shape of `profielkit validate --format json`
    const json = JSON.parse(await download('JSON report')) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['file', 'conforms', 'profile', 'results', 'totalResults', 'nodesChecked']);
    expect(json).toMatchObject({ file: 'broken.ttl', conforms: false, profile: 'toestemming', totalResults: Violation + Warning, nodesChecked: 1 });
    const results = json['results'] as Record<string, unknown>[];
    expect(results.map((r) => r['message']).sort()).toEqual(inEnglish.results.map((r) => r.message).sort());
    for (const r of results) expect(Object.keys(r)).toEqual(['focusNode', 'path', 'severity', 'constraint', 'value', 'message']);

    // the W3C SHACL report, as Turtle
    const shacl = parseRdf(await download('SHACL report (Turtle)'));
    const SH = 'http://www.w3.org/ns/shacl#';
    expect(shacl.getQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${SH}ValidationResult`, null)).toHaveLength(Violation + Warning);
    expect(shacl.getQuads(null, `${SH}conforms`, null, null).map((q) => q.object.value)).toEqual(['false']);

    // the data, converted: the same triples
    const original = parseRdf(text);
    const turtle = parseRdf(await download('Data as Turtle'));
    expect(turtle.size).toBe(original.size);
    const jsonld = await parseJsonLd(await download('Data as JSON-LD'), { profile: toestemming });
    expect(jsonld.size).toBe(original.size);
    await report(() => page.getByLabel('Language').selectOption('nl'));
  });

  it('a VNG JSON payload with the profile chosen: every result with its JSON path', async () => {
    await page.locator('[data-testid="profile"]').selectOption('voorzieninggebruik');
    const summary = await report(() => page.locator('input[type=file]').setInputFiles(fixture('voorzieninggebruik-broken.json')));
    const payload = readFileSync(fixture('voorzieninggebruik-broken.json'), 'utf8');
    const conversion = voorzieninggebruik.fromJson(payload);
    const expected = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion });
    expect(summary).toContain('voorzieninggebruik-broken.json: voldoet niet aan voorzieninggebruik');
    expect(summary).toContain(`${expected.counts.Violation} schendingen`);
    expect(summary).toContain('gekozen in de keuzelijst');
    const shown = await rows();
    expect(shown).toHaveLength(expected.results.length);
    for (const r of expected.results) {
      expect(r.jsonPath).toBeDefined();
      expect(shown.some((row) => row.includes(r.message) && row.includes(`bij ${r.jsonPath}`))).toBe(true);
    }
    expect(shown.some((row) => row.includes('VoorzieningGebruik.status') && row.includes('bij [1].status'))).toBe(true);
    const json = JSON.parse(await download('JSON-rapport')) as { results: { jsonPath?: string }[] };
    expect(json.results.map((r) => r.jsonPath).sort()).toEqual(expected.results.map((r) => r.jsonPath).sort());
  });

  it('N-Triples, JSON-LD, a dropped file, and NDJSON pasted (its format found from the text)', async () => {
    for (const name of ['contactvoorkeur.nt', 'contactvoorkeur.jsonld']) {
      const summary = await report(() => page.locator('input[type=file]').setInputFiles(fixture(name)));
      expect(summary).toContain(`${name}: voldoet aan toestemming`);
    }
    // a file dropped on the drop zone, as a browser hands it over
    const ttl = readFileSync(fixture('broken.ttl'), 'utf8');
    const dropped = await report(() =>
      page.evaluate((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.ttl', { type: 'text/turtle' }));
        document.getElementById('drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, ttl),
    );
    expect(dropped).toContain('dropped.ttl: voldoet niet aan toestemming');
    // data of no profile: said so, as the command says it
    const none = await report(() => page.locator('input[type=file]').setInputFiles(fixture('no-profile.ttl')), 'failed');
    expect(none).toContain('no-profile.ttl: geen profiel van toepassing');
    // NDJSON: the payload's records, one a line
    const records = JSON.parse(readFileSync(fixture('voorzieninggebruik-broken.json'), 'utf8')) as unknown[];
    await page.getByLabel('Of plak de data').fill(records.map((r) => JSON.stringify(r)).join('\n'));
    const ndjson = await report(() => page.getByRole('button', { name: 'Controleer' }).click());
    expect(ndjson).toContain('geplakte tekst: voldoet niet aan voorzieninggebruik');
    expect((await rows()).some((row) => row.includes('VoorzieningGebruik.status') && row.includes('bij [1].status'))).toBe(true);
    await page.getByLabel('Of plak de data').fill('');
  });

  it('pasted by keyboard: a syntax error gives its line; JSON without records says that nothing was checked', async () => {
    const text = readFileSync(fixture('syntax-error.ttl'), 'utf8');
    let line: number | undefined;
    try {
      parseRdf(text);
    } catch (error) {
      line = error instanceof ParseError ? error.line : undefined;
    }
    expect(line).toBeDefined();
    await page.getByLabel('Of plak de data').focus();
    await page.keyboard.insertText(text);
    // Tab from the text to the format, the profile, then the button; Enter checks
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('check');
    const failed = await report(() => page.keyboard.press('Enter'), 'failed');
    expect(failed).toContain('geplakte tekst: kan niet gelezen worden');
    expect(failed).toContain(`regel ${line}`);
    expect(failed).toContain('t:status ]');

    await page.getByLabel('Of plak de data').fill('[]');
    await page.getByLabel('Formaat').selectOption('json');
    runs++; // the format's change checks again
    await page.waitForSelector(`[data-testid="summary"][data-run="${runs}"]:is([data-state="done"], [data-state="failed"])`, WAIT);
    const nothing = await report(() => page.getByRole('button', { name: 'Controleer' }).click());
    expect(nothing).toContain('niets gecontroleerd');
    expect(nothing).not.toContain('voldoet aan');
    expect(nothing).toContain('0 knopen gecontroleerd');
    await page.getByLabel('Formaat').selectOption('auto');
    await page.getByLabel('Of plak de data').fill('');
    runs++;
    await page.waitForSelector(`[data-testid="summary"][data-run="${runs}"]:is([data-state="done"], [data-state="failed"])`, WAIT);
  });

  it('reads at 320 px wide without scrolling sideways', async () => {
    await report(() => page.locator('input[type=file]').setInputFiles(fixture('broken.ttl')));
    await page.setViewportSize({ width: 320, height: 800 });
    // every element that sticks out past the right edge, unless a box of its own scrolls it: the layout
    // must wrap, whatever the widths of the fonts installed (a fresh machine's differ from ours)
    const outside = await page.evaluate(() => {
      const scrollsItself = (e: Element | null): boolean => {
        for (let p = e?.parentElement; p; p = p.parentElement) if (/auto|scroll/u.test(getComputedStyle(p).overflowX)) return true;
        return false;
      };
      return Array.from(document.body.querySelectorAll('*'))
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !scrollsItself(e))
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className ? `.${String(e.className).replace(/ /gu, '.')}` : ''}`);
    });
    expect(outside).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.setViewportSize({ width: 1000, height: 900 });
    const shot = process.env['PROFIELKIT_SCREENSHOT'];
    if (shot) {
      // the README's picture: in English, nothing focused
      await report(() => page.getByLabel('Taal').selectOption('en'));
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.setViewportSize({ width: 760, height: 900 });
      await page.screenshot({ path: join(ROOT, shot), fullPage: true });
      await report(() => page.getByLabel('Language').selectOption('nl'));
    }
  });

  it('after loading, no request at all went anywhere, and the page logged no error', () => {
    expect(seen.filter((s) => s.afterLoad)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
