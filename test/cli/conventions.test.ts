// Command conventions: -V, TriG in and out, and --version and --help answered without loading any
// RDF library (they load in the time of a bare node).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { profiles } from '../../src/profiles/index.js';
import { profileCatalog } from '../../src/profiles/catalog.js';
import { fixture, profielkit, tempDir } from './helpers.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};
const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const trace = new URL('../support/trace-imports.mjs', import.meta.url).pathname;
const RDF_LIBRARIES =
  /node_modules\/(n3|jsonld|rdf-validate-shacl|rdf-validate-datatype|rdf-literal|clownface|@rdfjs|readable-stream)\//u;

/** The module URLs `profielkit ...args` loads. */
function loaded(args: readonly string[]): string[] {
  const file = join(tempDir(), 'imports.txt');
  const r = spawnSync(process.execPath, ['--import', trace, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, PROFIELKIT_TRACE_IMPORTS: file },
  });
  expect(r.status).toBe(0);
  return readFileSync(file, 'utf8').trim().split('\n');
}

describe('--version and --help', () => {
  it.each(['--version', '-V', '-v'])('%s prints the version', (flag) => {
    const r = profielkit([flag]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${version}\n`);
  });

  it.each([['--version'], ['-V'], ['--help'], [], ['validate', '--help'], ['convert', 'x.ttl', '-h']])(
    '%j loads no RDF library',
    (...args) => {
      const urls = loaded(args);
      expect(urls.some((u) => u.endsWith('/dist/cli.js'))).toBe(true);
      expect(urls.filter((u) => RDF_LIBRARIES.test(u))).toEqual([]);
    },
  );

  it('a command does load them (the trace sees them)', () => {
    expect(loaded(['shapes', 'toestemming']).some((u) => /node_modules\/n3\//u.test(u))).toBe(true);
  });

  it('the help lists exactly the registered profiles, with their titles', () => {
    expect(profileCatalog).toEqual(
      Object.values(profiles).map((p) => ({ name: p.name, title: p.declaration.title, readsJson: p.readsJson })),
    );
  });
});

describe('TriG', () => {
  it('is read by validate, by extension and with --from trig, with the results of the same triples in Turtle', () => {
    const ttl = profielkit(['validate', fixture('broken.ttl'), '--format', 'json', '--quiet']);
    const trig = profielkit(['validate', fixture('broken.trig'), '--format', 'json', '--quiet']);
    const stdin = profielkit(['validate', '-', '--from', 'trig', '--format', 'json', '--quiet'], {
      input: readFileSync(fixture('broken.trig'), 'utf8'),
    });
    expect(trig.status).toBe(1);
    const results = (r: { stdout: string }) => (JSON.parse(r.stdout) as { results: unknown[] }).results;
    expect(results(trig)).toEqual(results(ttl));
    expect(results(stdin)).toEqual(results(ttl));
  });

  it('is written by convert --to trig, keeping named graphs, and reads back to the same quads', () => {
    const dir = tempDir();
    const out = join(dir, 'graphs.trig');
    expect(profielkit(['convert', fixture('graphs.nq'), '--to', 'trig', '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/<https:\/\/example\.org\/graaf\/1> \{/u);
    const back = profielkit(['convert', out, '--to', 'nquads']);
    expect(back.status).toBe(0);
    const lines = (text: string) => text.trim().split('\n').sort();
    expect(lines(back.stdout)).toEqual(lines(readFileSync(fixture('graphs.nq'), 'utf8')));
  });

  it('an unknown --from still names every format, trig among them', () => {
    const r = profielkit(['convert', fixture('broken.ttl'), '--from', 'rdfxml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--from must be one of json, ndjson, jsonld, turtle, ntriples, nquads, trig/u);
  });
});
