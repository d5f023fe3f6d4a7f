// profielkit in a real browser: the page (test/browser/page.js) bundled for the browser with esbuild
// (a Node built-in anywhere in what it reaches would fail the build), served on localhost and run in
// headless Chromium (Debian's chromium, driven by playwright-core), gives what it gives in Node.
// Also checks what a page that only builds and writes Turtle loads. `npm test` builds dist/ first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
// @ts-expect-error a plain ES module of the project's scripts
import { bundle, EVERYTHING, PAGES } from '../../scripts/bundle.mjs';

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

interface Bundle {
  files: Record<string, string>;
  entry: string;
  initial: { inputs: string[]; bytes: number; gzipped: number };
  lazy: { inputs: string[]; bytes: number; gzipped: number };
}
const page = readFileSync(new URL('./page.js', import.meta.url), 'utf8');
const holds = (inputs: readonly string[], pkg: string) => inputs.some((i) => i.includes(`node_modules/${pkg}/`));

describe('a bundle for the browser', () => {
  it('builds with platform browser: no Node built-in is reached, and no Buffer of Node is needed', async () => {
    const b = (await bundle(EVERYTHING)) as Bundle;
    expect(
      [...b.initial.inputs, ...b.lazy.inputs].filter((i) => i.startsWith('node:') || /^(fs|os|path|stream)$/u.test(i)),
    ).toEqual([]);
  });

  it('of builders and toTurtle holds neither jsonld.js nor rdf-validate-shacl, and loads nothing later', async () => {
    const b = (await bundle(PAGES['builders + toTurtle'])) as Bundle;
    for (const pkg of ['jsonld', 'rdf-validate-shacl', 'rdf-validate-datatype'])
      expect(holds([...b.initial.inputs, ...b.lazy.inputs], pkg)).toBe(false);
    expect(holds(b.initial.inputs, 'n3')).toBe(true);
    expect(b.lazy.bytes).toBe(0);
  });

  it(
    'of builders and validate loads rdf-validate-shacl ' + 'only when used (a chunk of its own), never jsonld.js',
    async () => {
      const b = (await bundle(PAGES['builders + validate (fast path)'])) as Bundle;
      expect(holds(b.initial.inputs, 'rdf-validate-shacl')).toBe(false);
      expect(holds(b.initial.inputs, 'jsonld')).toBe(false);
      expect(holds(b.lazy.inputs, 'rdf-validate-datatype')).toBe(true);
    },
  );
});

describe('in headless Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(
        `no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does), or set PROFIELKIT_CHROMIUM`,
      );
    const b = (await bundle(page)) as Bundle;
    const files: Record<string, string> = {
      ...b.files,
      'index.html':
        `<!doctype html><meta charset="utf-8"><script type="module">import { run } from './${b.entry}'; ` +
        `window.profielkit = run().then((r) => JSON.stringify(r), (e) => 'error: ' + (e && e.stack || e));</script>`,
    };
    server = createServer((req, res) => {
      const name = (req.url ?? '/').slice(1) || 'index.html';
      const body = files[name];
      if (body === undefined) return void res.writeHead(404).end();
      res
        .writeHead(200, {
          'content-type': name.endsWith('.html') ? 'text/html; charset=utf-8' : 'text/javascript; charset=utf-8',
        })
        .end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // playwright gives the browser a new empty profile of its own
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  it(
    'builders, every writer, parseRdf, parseJsonLd, fromJson, ' +
      'validate and validateStream give what they give in Node',
    async () => {
      const tab = await browser.newPage();
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      await tab.goto(`${origin}/`);
      const text = await tab.evaluate(() => (globalThis as unknown as { profielkit: Promise<string> }).profielkit);
      expect(errors).toEqual([]);
      expect(text).not.toMatch(/^error: /u);
      const inBrowser = JSON.parse(text) as Record<string, unknown>;
      // the same page in Node, against the same build
      // @ts-expect-error a plain ES module, the page itself
      const { run } = (await import('./page.js')) as { run: () => Promise<Record<string, unknown>> };
      const inNode = JSON.parse(JSON.stringify(await run())) as Record<string, unknown>;
      expect(inBrowser).toEqual(inNode);
      expect(inBrowser['conforms']).toBe(false);
      expect((inBrowser['results'] as string[]).length).toBeGreaterThan(0);
      expect(inBrowser['streamed']).toEqual(inBrowser['results']);
      expect(inBrowser['fromJson']).toEqual([expect.stringMatching(/VoorzieningGebruik\.status .*@\[0\]\.status$/u)]);
      expect(inBrowser['jsonldBack']).toEqual(inBrowser['ntriples']);
      expect(inBrowser['jsonldStreamBack']).toEqual(inBrowser['ntriples']);
      expect(inBrowser['jsonStream']).toEqual(inBrowser['json']);
      expect(inBrowser['turtle']).toEqual(inBrowser['ntriples']);
      await tab.close();
    },
  );
});
