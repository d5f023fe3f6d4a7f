/// <reference lib="dom" />
// The validator page (web/) in real headless Chromium (Debian's chromium, driven by playwright-core):
// built with Vite into a temporary folder, served from 127.0.0.1 by a plain static server (what any
// static host does), then used as a data steward uses it: a file chosen, text pasted and checked by
// keyboard, the profile of a JSON payload found from its fields (or asked for), the overview by rule
// opened, a record searched for, the language switched, a filter, every download (the spreadsheet and
// the printable report among them), a corrected file checked again, a phone's width. The page's
// report is compared with what the library says in Node for the same input; axe-core (injected, from
// node_modules) finds no violation in any state; every request the browser makes is recorded: only
// the page's own origin while it loads, and none at all after. No assertion depends on the machine's
// speed or its fonts: every wait is for a state of the page, layout is checked as element overflow.
// PROFIELKIT_SCREENSHOT=docs/validator-page.png also writes the screenshot of docs/validator-page.md.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { tmpdir } from 'node:os';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { joinConversions, parseJsonLd, parseRdf, ParseError, validate } from '../../src/index.js';
import { stewardReport } from '../../src/report.js';
import { softwarecatalogus } from '../../src/softwarecatalogus.js';
import { toestemming } from '../../src/toestemming.js';
import { voorzieninggebruik } from '../../src/voorzieninggebruik.js';

const CHROMIUM = process.env['PROFIELKIT_CHROMIUM'] ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const fixture = (name: string) => join(ROOT, 'test/fixtures/cli', name);
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
/** a wait for the page: long enough for a busy 2-core machine, never what decides a test */
const WAIT = { timeout: 60_000 };

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
    if (!existsSync(CHROMIUM))
      throw new Error(
        `no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set PROFIELKIT_CHROMIUM`,
      );
    dist = mkdtempSync(join(tmpdir(), 'profielkit-web-'));
    await build({
      configFile: join(ROOT, 'web/vite.config.ts'),
      logLevel: 'error',
      build: { outDir: dist, emptyOutDir: true },
    });
    // a plain static server, as `python3 -m http.server` in web/dist would be
    server = createServer((req, res) => {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
        /^(\.\.[/\\])+/u,
        '',
      );
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dist) || !existsSync(file)) return void res.writeHead(404).end();
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
    context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1000, height: 900 } });
    // every request of the page and its worker; one to another origin is refused, and recorded
    context.on('request', (r) => void seen.push({ url: r.url(), afterLoad: loaded }));
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort(),
    );
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForSelector('body[data-ready="true"]', { ...WAIT, state: 'attached' });
    loaded = true;
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (dist) rmSync(dist, { recursive: true, force: true });
  });

  /** axe-core's violations on the page as it is (WCAG 2.1 A and AA and best practice), as `rule: targets`. */
  async function axe(): Promise<string[]> {
    // evaluated by the browser's debugger protocol: the page's own policy forbids inline scripts, rightly
    await page.evaluate(AXE);
    return page.evaluate(async () => {
      const run = (
        window as unknown as {
          axe: {
            run: (c: Document, o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe.run;
      const result = await run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  /** Elements wider than their container would make the page scroll sideways: none may stick out of the view. */
  async function overflowing(): Promise<string[]> {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const out: string[] = [];
      for (const e of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
        const box = e.getBoundingClientRect();
        if (box.width === 0 || getComputedStyle(e).position === 'absolute') continue;
        // inside an element that scrolls sideways by itself (a code excerpt) an element may be wide
        if (e.closest('.excerpt') && !e.classList.contains('excerpt')) continue;
        if (box.right > width + 0.5 || box.left < -0.5)
          out.push(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${e.className}`);
      }
      return out;
    });
  }

  /**
   * Waits for the report of the next validation (the summary's run counter moves on) and returns the summary's text.
   */
  async function report(start: () => Promise<unknown>, state: 'done' | 'failed' | 'choose' = 'done'): Promise<string> {
    runs++;
    await start();
    try {
      await page.waitForSelector(`[data-testid="summary"][data-run="${runs}"][data-state="${state}"]`, WAIT);
    } catch (error) {
      // what the page shows instead says more than a timeout
      const now = await page
        .locator('[data-testid="summary"]')
        .evaluate(
          (e) =>
            `run ${(e as HTMLElement).dataset['run']}, state ${(e as HTMLElement).dataset['state']}: ${e.textContent}`,
        );
      throw new Error(`waited for run ${runs} in state ${state}; the summary is at ${now}`, { cause: error });
    }
    return page.locator('[data-testid="summary"]').innerText();
  }
  const rows = () => page.locator('[data-testid="result"]').allInnerTexts();
  const groups = () => page.locator('[data-testid="group"] summary').allInnerTexts();
  /** Opens every rule of the overview (each makes its first page of rows when opened). */
  async function openAll(): Promise<void> {
    for (const summary of await page.locator('[data-testid="group"] summary').all()) {
      if (!(await summary.evaluate((s) => (s.parentElement as HTMLDetailsElement).open))) await summary.click();
    }
    // the rows of a rule are made on its toggle event, which the browser fires after the click
    await page.waitForFunction(
      () =>
        Array.from(document.querySelectorAll('[data-testid="group"] details')).every((d) =>
          d.querySelector('[data-testid="result"]'),
        ),
      undefined,
      WAIT,
    );
  }

  async function download(button: string): Promise<string> {
    const [file] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: button }).click(),
    ]);
    return readFileSync(await file.path(), 'utf8');
  }

  it(
    'loads from its own origin only, with labelled controls; ' + 'the profile found from the data unless chosen',
    async () => {
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.filter((s) => !s.url.startsWith(`${origin}/`))).toEqual([]);
      // every form control has a label
      for (const label of ['Taal', 'Bestand', 'Of plak de data', 'Formaat', 'Profiel'])
        await expect(page.getByLabel(label, { exact: true }).count()).resolves.toBe(1);
      await expect(page.locator('input[type=file]').count()).resolves.toBe(1);
      const options = await page
        .locator('[data-testid="profile"] option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(options).toEqual(['', 'toestemming', 'voorzieninggebruik', 'verwerkingenlogging', 'softwarecatalogus']);
      await expect(page.locator('[data-testid="profile"]').inputValue()).resolves.toBe('');
      expect(await axe()).toEqual([]);
    },
  );

  it('a conforming record: the verdict, in view and focused, the counts, no findings', async () => {
    const summary = await report(() => page.locator('input[type=file]').setInputFiles(fixture('contactvoorkeur.ttl')));
    expect(summary).toContain('contactvoorkeur.ttl: voldoet aan toestemming');
    expect(summary).toMatch(/0 fouten\s*0 waarschuwingen\s*0 meldingen/u);
    expect(summary).toContain('0 records met een bevinding');
    expect(summary).toContain('herkend in de data');
    expect(summary).not.toMatch(/knoop|knopen/u);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
    expect(await rows()).toEqual([]);
    await expect(page.locator('#results').innerText()).resolves.toContain('Geen bevindingen.');
  });

  it(
    'a broken record: the overview by rule, one progress bar, ' +
      'the status announced a few times; filter, English, every download',
    async () => {
      const text = readFileSync(fixture('broken.ttl'), 'utf8');
      // every text the live status line shows during the run, and every value of the progress bar
      await page.evaluate(() => {
        const w = window as unknown as { statuses: string[]; bar: number[] };
        w.statuses = [];
        w.bar = [];
        const status = document.getElementById('status-text') as HTMLElement;
        const bar = document.getElementById('progress') as HTMLProgressElement;
        new MutationObserver(() => w.statuses.push(status.textContent ?? '')).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
        new MutationObserver(() => w.bar.push(bar.value / bar.max)).observe(bar, {
          attributes: true,
          attributeFilter: ['value', 'max'],
        });
      });
      const summary = await report(() => page.locator('input[type=file]').setInputFiles(fixture('broken.ttl')));
      expect(page.workers()).toHaveLength(1);
      const { statuses, bar } = await page.evaluate(() => {
        const w = window as unknown as { statuses: string[]; bar: number[] };
        return { statuses: w.statuses, bar: w.bar };
      });
      // announced at the start and with the verdict; the progress is the bar's, not the live region's
      expect(statuses).toEqual(['broken.ttl wordt gecontroleerd…', 'broken.ttl: voldoet niet aan toestemming']);
      // one bar that only goes forward
      for (let i = 1; i < bar.length; i++) expect(bar[i]).toBeGreaterThanOrEqual(bar[i - 1] as number);
      await expect(page.locator('progress').count()).resolves.toBe(1);
      const expected = await validate(parseRdf(text), { profile: toestemming });
      const steward = stewardReport({
        file: 'broken.ttl',
        syntax: 'turtle',
        outcomes: [{ profile: 'toestemming', ...expected }],
        lang: 'nl',
        version: '',
        declarations: [toestemming.declaration],
      });
      const { Violation, Warning } = steward.verdicts[0]!.counts;
      expect(Violation).toBeGreaterThan(1);
      expect(summary).toContain('broken.ttl: voldoet niet aan toestemming');
      expect(summary).toMatch(new RegExp(`${Violation} fouten\\s*${Warning} waarschuwing(en)?\\s*0 meldingen`, 'u'));
      expect(summary).toContain('1 record met een bevinding');
      // the overview: a closed line per rule, with the records it affects; no row is made before a rule is opened
      const lines = await groups();
      expect(lines).toHaveLength(steward.groups.length);
      expect(lines.every((l) => l.startsWith('1 record'))).toBe(true);
      expect(
        lines.some((l) =>
          l.includes(
            'gegevenOp (Toestemming) moet een datum zijn; schrijf bv. toestemming:gegevenOp "2024-03-01"^^xsd:date',
          ),
        ),
      ).toBe(true);
      // no datatype named as jargon ("(xsd:string)"), no regular expression, no IRI, no JSON-LD fix in a Turtle
      // file; the Turtle fix writes its literal as Turtle does ("2024-03-01"^^xsd:date)
      expect(lines.join('\n')).not.toMatch(/\(xsd:|rdf:type|\^\[|JSON-LD|<http|ConstraintComponent/u);
      expect(await rows()).toEqual([]);
      await openAll();
      const shown = await rows();
      expect(shown).toHaveLength(steward.findings.length);
      // each finding: its record, its field, the value found, and its line in the file
      expect(
        shown.some(
          (row) =>
            row.includes('https://example.org/contactvoorkeur/7') &&
            row.includes('veld gegevenOp') &&
            row.includes('gevonden 2024-03-01T10:00:00') &&
            row.includes('regel 6'),
        ),
      ).toBe(true);
      // the fix is in the rule's line, the overview
      expect(shown.some((row) => row.includes('schrijf de IRI tussen < en >'))).toBe(false);

      expect(lines.some((l) => l.includes('schrijf de IRI tussen < en >'))).toBe(true);
      expect(await axe()).toEqual([]);

      // the filter, by keyboard: Space on the focused checkbox hides the rules of errors
      const violations = page.getByLabel(`${Violation} fouten`);
      await violations.focus();
      await page.keyboard.press('Space');
      await expect
        .poll(async () => (await groups()).length, WAIT)
        .toBe(steward.groups.filter((g) => g.severity !== 'Violation').length);
      await violations.check();
      await expect.poll(async () => (await groups()).length, WAIT).toBe(steward.groups.length);

      // English: checked again, every text in English
      const english = await report(() => page.getByLabel('Taal').selectOption('en'));
      expect(english).toContain('broken.ttl: does not conform to toestemming');
      expect(english).toMatch(new RegExp(`${Violation} errors\\s*${Warning} warnings?\\s*0 notes`, 'u'));
      expect(
        (await groups()).some((l) =>
          l.includes('gegevenOp (Consent) must be a date; write e.g. toestemming:gegevenOp "2024-03-01"^^xsd:date'),
        ),
      ).toBe(true);

      // the spreadsheet: UTF-8 with BOM, ';' between fields, a row per finding
      const csv = await download('Spreadsheet (CSV)');
      expect(
        csv.startsWith(
          '\uFEFF"record";"field";"problem";"value found";"severity";"where in the file";"rule of the profile"',
        ),
      ).toBe(true);
      expect(csv.trimEnd().split('\r\n')).toHaveLength(steward.findings.length + 1);
      expect(csv).toContain('"line 6"');
      // the printable report: one file that loads nothing, with the file, the version and the verdict
      const html = await download('Report (HTML)');
      expect(html).not.toMatch(/<script|<link|src=/iu);
      for (const part of [
        'broken.ttl',
        JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string,
        'does not conform to toestemming',
        'Overview by rule',
      ])
        expect(html).toContain(part);

      // the JSON report: the shape of `profielkit validate --format json`
      const inEnglish = await validate(parseRdf(text), { profile: toestemming, lang: 'en' });
      const json = JSON.parse(await download('JSON report')) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(['file', 'conforms', 'profile', 'results', 'totalResults', 'nodesChecked']);
      expect(json).toMatchObject({
        file: 'broken.ttl',
        conforms: false,
        profile: 'toestemming',
        totalResults: inEnglish.totalResults,
      });
      const results = json['results'] as Record<string, unknown>[];
      expect(results.map((r) => r['message']).sort()).toEqual(inEnglish.results.map((r) => r.message).sort());

      // the W3C SHACL report, as Turtle
      const shacl = parseRdf(await download('SHACL report (Turtle)'));
      const SH = 'http://www.w3.org/ns/shacl#';
      expect(
        shacl.getQuads(null, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${SH}ValidationResult`, null),
      ).toHaveLength(inEnglish.totalResults);

      // the data, converted: the same triples
      const original = parseRdf(text);
      expect(parseRdf(await download('Data as Turtle')).size).toBe(original.size);
      expect((await parseJsonLd(await download('Data as JSON-LD'), { profile: toestemming })).size).toBe(original.size);
      await report(() => page.getByLabel('Language').selectOption('nl'));
    },
  );

  it(
    'a VNG JSON payload: its profile found from its fields; ' +
      'one finding per wrong value, the record counted from 1',
    async () => {
      const summary = await report(() =>
        page.locator('input[type=file]').setInputFiles(fixture('voorzieninggebruik-broken.json')),
      );
      const payload = readFileSync(fixture('voorzieninggebruik-broken.json'), 'utf8');
      const conversion = voorzieninggebruik.fromJson(payload);
      const expected = await validate(conversion.dataset, { profile: voorzieninggebruik, json: conversion });
      const steward = stewardReport({
        file: 'x',
        syntax: 'json',
        outcomes: [{ profile: 'voorzieninggebruik', ...expected }],
        lang: 'nl',
        version: '',
        declarations: [voorzieninggebruik.declaration],
      });
      expect(summary).toContain('voorzieninggebruik-broken.json: voldoet niet aan voorzieninggebruik');
      expect(summary).toContain(`${steward.verdicts[0]!.counts.Violation} fouten`);
      expect(summary).toContain('herkend in de data');
      await openAll();
      const shown = await rows();
      expect(shown).toHaveLength(steward.findings.length);
      // bbnScore "hoog" breaks the datatype, the minimum and the maximum: one finding, its rules in its detail
      const bbn = shown.filter((row) => row.includes('veld bbnScore'));
      expect(bbn).toHaveLength(1);
      expect(bbn[0]).toContain('record 2 (223e4567-e89b-12d3-a456-426614174000)');
      expect(bbn[0]).toContain('gevonden hoog');
      expect(bbn[0]).toMatch(/sh:Datatype.*sh:MinInclusive.*sh:MaxInclusive/u);
      expect(shown.some((row) => row.includes('veld status') && row.includes('[1].status'))).toBe(true);
      const json = JSON.parse(await download('JSON-rapport')) as { results: { jsonPath?: string }[] };
      expect(json.results.map((r) => r.jsonPath).sort()).toEqual(expected.results.map((r) => r.jsonPath).sort());
    },
  );

  it(
    'a Verwerkingenlogging list payload is checked as ' + 'verwerkingenlogging, not as the first profile in the list',
    async () => {
      const summary = await report(() =>
        page
          .locator('input[type=file]')
          .setInputFiles(join(ROOT, 'test/fixtures/verwerkingenlogging/lijst-verwerkte-objecten.json')),
      );
      expect(summary).toContain('lijst-verwerkte-objecten.json: voldoet aan verwerkingenlogging');
      expect(summary).not.toContain('voorzieninggebruik');
    },
  );
  it(
    'JSON whose fields say no profile, and RDF of no profile: ' + 'the steward is asked, and the answer is used',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'profielkit-steward-'));
      const unknown = join(dir, 'leveranciers.json');
      writeFileSync(unknown, JSON.stringify([{ naam: 'Leverancier', plaats: 'Gent' }]));
      const asked = await report(() => page.locator('input[type=file]').setInputFiles(unknown), 'choose');
      expect(asked).toContain('leveranciers.json: de data zegt niet bij welk profiel ze hoort');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
      expect(await axe()).toEqual([]);
      const checked = await report(() =>
        page.getByRole('button', { name: 'Controleer als voorzieninggebruik' }).click(),
      );
      expect(checked).toContain('leveranciers.json: voldoet niet aan voorzieninggebruik');
      expect(checked).toContain('gekozen in de keuzelijst');
      await page.locator('[data-testid="profile"]').selectOption('');
      runs++; // the selector's change checks again
      await page.waitForSelector(`[data-testid="summary"][data-run="${runs}"][data-state="choose"]`, WAIT);
      const none = await report(
        () => page.locator('input[type=file]').setInputFiles(fixture('no-profile.ttl')),
        'choose',
      );
      expect(none).toContain('no-profile.ttl: de data zegt niet bij welk profiel ze hoort');
      await expect(
        page
          .locator('#summary button[data-profile]')
          .evaluateAll((bs) => bs.map((b) => (b as HTMLButtonElement).dataset['profile'])),
      ).resolves.toEqual(['toestemming', 'voorzieninggebruik', 'verwerkingenlogging', 'softwarecatalogus']);
      const nothing = await report(() => page.getByRole('button', { name: 'Controleer als toestemming' }).click());
      expect(nothing).toContain('niets gecontroleerd: geen record van toestemming gevonden');
      await page.locator('[data-testid="profile"]').selectOption('');
      runs++;
      await page.waitForSelector(`[data-testid="summary"][data-run="${runs}"][data-state="choose"]`, WAIT);
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it('N-Triples, JSON-LD, a dropped file, and NDJSON pasted (its format and profile found from the text)', async () => {
    for (const name of ['contactvoorkeur.nt', 'contactvoorkeur.jsonld']) {
      const summary = await report(() => page.locator('input[type=file]').setInputFiles(fixture(name)));
      expect(summary).toContain(`${name}: voldoet aan toestemming`);
    }
    const ttl = readFileSync(fixture('broken.ttl'), 'utf8');
    const dropped = await report(() =>
      page.evaluate((text) => {
        const data = new DataTransfer();
        data.items.add(new File([text], 'dropped.ttl', { type: 'text/turtle' }));
        document
          .getElementById('drop')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, ttl),
    );
    expect(dropped).toContain('dropped.ttl: voldoet niet aan toestemming');
    // a context on the internet: said in plain words, nothing fetched
    const remote = await report(
      () => page.locator('input[type=file]').setInputFiles(fixture('remote-context.jsonld')),
      'failed',
    );
    expect(remote).toContain(
      'remote-context.jsonld: kan niet gelezen worden: het JSON-LD-bestand verwijst naar een context op internet',
    );
    expect(remote).not.toMatch(/documentLoader|refused/u);
    const records = JSON.parse(readFileSync(fixture('voorzieninggebruik-broken.json'), 'utf8')) as unknown[];
    await page.getByLabel('Of plak de data').fill(records.map((r) => JSON.stringify(r)).join('\n'));
    const ndjson = await report(() => page.getByRole('button', { name: 'Controleer' }).click());
    expect(ndjson).toContain('geplakte tekst: voldoet niet aan voorzieninggebruik');
    await openAll();
    expect((await rows()).some((row) => row.includes('record 2') && row.includes('[1].status'))).toBe(true);
    await page.getByLabel('Of plak de data').fill('');
  });

  it(
    'pasted by keyboard: a syntax error shows the lines ' + 'around it with a caret; a CSV file is named as such',
    async () => {
      const text = readFileSync(fixture('syntax-error.ttl'), 'utf8');
      let line: number | undefined;
      let column: number | undefined;
      try {
        parseRdf(text);
      } catch (error) {
        line = error instanceof ParseError ? error.line : undefined;
        column = error instanceof ParseError ? error.column : undefined;
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
      expect(failed).toContain('geplakte tekst: kan niet gelezen worden (een fout in de schrijfwijze van Turtle');
      expect(failed).toContain(`regel ${line}`);
      const excerpt = await page.locator('.excerpt').innerText();
      const frame = excerpt.split('\n');
      const at = frame.findIndex((l) => l.startsWith('>'));
      expect(frame[at]).toContain('t:status ]');
      expect(frame[at - 1]).toContain('<https://example.org/toestemming/1>');
      // the caret under the column
      expect(frame[at + 1]?.indexOf('^')).toBe((frame[at] as string).indexOf('|') + 1 + (column as number));
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
      expect(await axe()).toEqual([]);
      await page.getByLabel('Of plak de data').fill('');

      const dir = mkdtempSync(join(tmpdir(), 'profielkit-steward-'));
      const csv = join(dir, 'export.csv');
      writeFileSync(csv, 'id;status;datum\n1;Actief;2024-01-01\n2;Gepland;2024-02-01\n');
      const named = await report(() => page.locator('input[type=file]').setInputFiles(csv), 'failed');
      expect(named).toContain('dit is een CSV-bestand (een spreadsheet), geen RDF');
      expect(named).not.toMatch(/turtle:|Unexpected/u);
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it(
    'a file changed on disk after it was chosen: ' + 'checking it again asks for it again, never "network error"',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'profielkit-steward-'));
      const file = join(dir, 'export.ttl');
      writeFileSync(file, readFileSync(fixture('broken.ttl'), 'utf8'));
      await report(() => page.locator('input[type=file]').setInputFiles(file));
      // corrected on disk, then "Controleer"
      writeFileSync(file, readFileSync(fixture('contactvoorkeur.ttl'), 'utf8'));
      const again = await report(() => page.getByRole('button', { name: 'Controleer' }).click(), 'failed');
      expect(again).not.toMatch(/network/iu);
      expect(again).toContain('export.ttl: het bestand is gewijzigd sinds het gekozen werd');
      await expect(page.getByRole('button', { name: 'Kies het bestand opnieuw' }).count()).resolves.toBe(1);
      // chosen again: checked, and it conforms now
      const fixed = await report(() => page.locator('input[type=file]').setInputFiles(file));
      expect(fixed).toContain('export.ttl: voldoet aan toestemming');
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it(
    'an export with a fault in every record: the overview stays small, ' +
      'rules open a page at a time, a record is found by its id',
    async () => {
      const T = 'http://data.vlaanderen.be/ns/toestemming#';
      // a fault in every record, all kept (under the page's 10,000 results a profile)
      const n = 1500;
      const lines = Array.from(
        { length: n },
        (_, i) => `<https://example.org/toestemming/${i}> a <${T}Toestemming> ;\n  <${T}gegevenOp> "gisteren" .`,
      );
      const dir = mkdtempSync(join(tmpdir(), 'profielkit-steward-'));
      const file = join(dir, 'groot.ttl');
      writeFileSync(file, `${lines.join('\n')}\n`);
      const summary = await report(() => page.locator('input[type=file]').setInputFiles(file));
      expect(summary).toContain(`${n.toLocaleString('nl-BE')} records met een bevinding`);
      const overview = await groups();
      expect(overview.length).toBeLessThan(10);
      expect(overview.every((l) => l.startsWith(`${n.toLocaleString('nl-BE')} records`))).toBe(true);
      // nothing made for the findings until a rule is opened, then one page of them
      expect(await page.locator('[data-testid="result"]').count()).toBe(0);
      await page.locator('[data-testid="group"] summary').first().click();
      await expect.poll(() => page.locator('[data-testid="result"]').count(), WAIT).toBe(50);
      await page
        .getByRole('button', { name: /^Toon 50 meer/u })
        .first()
        .click();
      await expect.poll(() => page.locator('[data-testid="result"]').count(), WAIT).toBe(100);
      // a record by its id: only its findings, in every rule it breaks
      await page.getByLabel('Zoek een record').fill('toestemming/1234');
      await expect.poll(() => page.locator('[data-testid="result"]').count(), WAIT).toBe(overview.length);
      for (const row of await rows()) expect(row).toContain('https://example.org/toestemming/1234');
      expect(await axe()).toEqual([]);
      await page.getByLabel('Zoek een record').fill('');
      rmSync(dir, { recursive: true, force: true });
    },
  );

  it('several files, the pages of one list checked as one, each finding names its file', async () => {
    // two pages of an OpenRegister list response of usage objects; page 2 has a record with faults
    const dir = mkdtempSync(join(tmpdir(), 'profielkit-pages-'));
    const fixtures = join(ROOT, 'test/softwarecatalogus/fixtures');
    const first = readFileSync(join(fixtures, 'usage-2.5-list-magic-page1.json'), 'utf8');
    const second = JSON.parse(readFileSync(join(fixtures, 'usage-2.5-list-magic-page2.json'), 'utf8')) as {
      results: Record<string, unknown>[];
    };
    second.results.push({ consumer: 'geen uuid!', status: 'Weg', id: '1a1b1c1d-0000-4000-8000-000000000004' });
    const pages = [join(dir, 'pagina-1.json'), join(dir, 'pagina-2.json')];
    writeFileSync(pages[0] as string, first);
    writeFileSync(pages[1] as string, JSON.stringify(second));
    // what the library (and `profielkit validate pagina-1.json pagina-2.json`) says of them
    const dataset = softwarecatalogus.fromJson('[]').dataset;
    const texts = [first, JSON.stringify(second)];
    const names = ['pagina-1.json', 'pagina-2.json'];
    const joined = joinConversions(
      texts.map((t, i) => softwarecatalogus.fromJson(t, { dataset, source: names[i] as string })),
    );
    const expected = await validate(dataset, { profile: softwarecatalogus, json: joined });
    const outcomes = [{ profile: 'softwarecatalogus', ...expected }];
    const steward = stewardReport({
      file: 'x',
      syntax: 'json',
      outcomes,
      declarations: [softwarecatalogus.declaration],
      lang: 'nl',
      version: '',
    });
    expect(expected.results.some((r) => r.jsonPath?.startsWith('pagina-2.json: results[1]'))).toBe(true);

    const summary = await report(() => page.locator('input[type=file]').setInputFiles(pages));
    expect(summary).toContain('pagina-1.json + pagina-2.json: voldoet niet aan softwarecatalogus');
    expect(summary).toContain(`${steward.verdicts[0]!.counts.Violation} fout`);
    expect(summary).toContain('herkend in de data');
    // the objects' schema is an id (27): how they were recognised is said, as the command says it
    const recognised = joined.recognised.map((r) => `${r.schema} (${r.count})`).join(', ');
    const n = joined.recognised.reduce((sum, r) => sum + r.count, 0);
    expect(n).toBeGreaterThan(1);
    expect(summary).toContain(
      `${n} objecten herkend aan hun velden, want hun @self.schema is geen schema dat het profiel kent: ${recognised}`,
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
    await openAll();
    const shown = await rows();
    expect(shown).toHaveLength(steward.findings.length);
    // every finding names the file its record is in, and its place there
    for (const row of shown) expect(row).toMatch(/pagina-[12]\.json: record \d/u);
    expect(
      shown.some((row) => row.includes('veld consumer') && row.includes('pagina-2.json: results[1].consumer')),
    ).toBe(true);
    const [saved] = await Promise.all([
      page.waitForEvent('download', WAIT),
      page.getByRole('button', { name: 'JSON-rapport' }).click(),
    ]);
    expect(saved.suggestedFilename()).toBe('pagina-1+pagina-2-rapport.json');
    const json = JSON.parse(readFileSync(await saved.path(), 'utf8')) as {
      file: string;
      results: { jsonPath?: string }[];
    };
    expect(json.file).toBe('pagina-1.json + pagina-2.json');
    expect(json.results.map((r) => r.jsonPath).sort()).toEqual(expected.results.map((r) => r.jsonPath).sort());
    // the data of both pages in one graph
    const turtle = await download('Data als Turtle');
    expect(parseRdf(turtle, 'turtle').size).toBe(dataset.size);
    expect(await axe()).toEqual([]);

    // dropped together: the same result
    const payloads = texts.map((text, i) => ({ text, name: names[i] as string }));
    const dropped = await report(() =>
      page.evaluate((files) => {
        const data = new DataTransfer();
        for (const f of files) data.items.add(new File([f.text], f.name, { type: 'application/json' }));
        document
          .getElementById('drop')
          ?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      }, payloads),
    );
    expect(dropped).toContain('pagina-1.json + pagina-2.json: voldoet niet aan softwarecatalogus');

    // a syntax error in the second page: that file named, its lines shown
    const broken = join(dir, 'pagina-3.json');
    writeFileSync(broken, '{"results": [\n  {"consumer": }\n]}\n');
    const failed = await report(
      () => page.locator('input[type=file]').setInputFiles([pages[0] as string, broken]),
      'failed',
    );
    expect(failed).toMatch(/^pagina-3\.json: kan niet gelezen worden/u);
    await expect(page.locator('#summary .where').getAttribute('data-line')).resolves.toBe('2');

    // JSON and RDF together: refused by name, RDF is checked a file at a time (as the command does)
    const mixed = await report(
      () => page.locator('input[type=file]').setInputFiles([pages[0] as string, fixture('broken.ttl')]),
      'failed',
    );
    expect(mixed).toContain('pagina-1.json + broken.ttl: kan niet gelezen worden');
    expect(mixed).toContain('broken.ttl is geen JSON');
    expect(await axe()).toEqual([]);

    // a register export: the objects of other schemas are said not to be checked
    const exported = await report(() =>
      page.locator('input[type=file]').setInputFiles(join(fixtures, 'gebruik-1.0-register-export.json')),
    );
    expect(exported).toContain('voldoet aan softwarecatalogus');
    expect(exported).toContain("1 object van andere schema's niet gecontroleerd: organisatie (1)");

    // on a phone the joined names do not stick out sideways
    await page.setViewportSize({ width: 320, height: 700 });
    await report(() => page.locator('input[type=file]').setInputFiles(pages));
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
    await openAll();
    expect(await overflowing()).toEqual([]);
    await page.setViewportSize({ width: 1000, height: 900 });
    rmSync(dir, { recursive: true, force: true });
  });

  it('on a phone: nothing sticks out sideways, and after a check the verdict is in view with focus', async () => {
    for (const width of [320, 375]) {
      await page.setViewportSize({ width, height: 700 });
      await report(() => page.locator('input[type=file]').setInputFiles(fixture('broken.ttl')));
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('summary');
      const top = await page.locator('#summary').evaluate((e) => e.getBoundingClientRect().top);
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(700);
      await openAll();
      expect(await overflowing()).toEqual([]);
      expect(await axe()).toEqual([]);
      await report(
        () =>
          page
            .getByLabel('Of plak de data')
            .fill('<https://example.org/x> a ] .')
            .then(() => page.getByRole('button', { name: 'Controleer' }).click()),
        'failed',
      );
      expect(await overflowing()).toEqual([]);
      await page.getByLabel('Of plak de data').fill('');
    }
    await page.setViewportSize({ width: 1000, height: 900 });
    const shot = process.env['PROFIELKIT_SCREENSHOT'];
    if (shot) {
      // the picture of docs/validator-page.md: in English, the overview with its first rule open, nothing focused
      await report(() => page.locator('input[type=file]').setInputFiles(fixture('voorzieninggebruik-broken.json')));
      await report(() => page.getByLabel('Taal').selectOption('en'));
      await page.locator('[data-testid="group"] summary').first().click();
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.setViewportSize({ width: 760, height: 900 });
      await page.screenshot({ path: join(ROOT, shot), fullPage: true });
      await report(() => page.getByLabel('Language').selectOption('nl'));
    }
  });

  it('printing shows the report, not the form', async () => {
    await report(() => page.locator('input[type=file]').setInputFiles(fixture('broken.ttl')));
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['form', '#tools', '.status'].map((q) => getComputedStyle(document.querySelector(q) as Element).display),
    );
    expect(hidden).toEqual(['none', 'none', 'none']);
    await expect(page.locator('#summary').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('after loading, no request at all went anywhere, and the page logged no error', () => {
    expect(seen.filter((s) => s.afterLoad)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
