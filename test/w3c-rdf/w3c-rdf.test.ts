// The W3C RDF 1.1 and 1.2 syntax suites (Turtle, N-Triples, N-Quads, TriG; vendored here, see README.md
// and LICENSE.md) on profielkit's own readers and on every public read path: positive syntax tests
// are read, negative ones refused with a ParseError that says where (line and column), evaluation
// tests (and the C14N tests, whose result is their input's graph) give the expected graph, up to
// blank node labels. The validation paths give no quads: shapes that report every value (`sh:in ()`
// on each predicate of the expected graph) make the W3C report graph hold each triple once, as
// (focus node, path, value), and that is compared. Where n3, the engine behind most paths, fails a
// test, the test is listed in N3_FAILS with why, and asserted to fail still.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readable } from 'node:stream';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { DataFactory, Parser, Store } from 'n3';
import type { DatasetCore, Quad, Term } from '@rdfjs/types';
import { ParseError, parseRdf, validateStream } from '../../src/index.js';
import { validateFile } from '../../src/node.js';
import { NTriplesReader } from '../../src/core/parse/ntriples-reader.js';
import { TurtleReader } from '../../src/core/parse/turtle-reader.js';
import { forEachTriple } from '../../src/core/stream/source.js';
import { isomorphic } from '../support/isomorphic.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT_URL = 'https://w3c.github.io/rdf-tests/rdf/';
const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const RDFT = 'http://www.w3.org/ns/rdftest#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SH = 'http://www.w3.org/ns/shacl#';

type Syntax = 'turtle' | 'ntriples' | 'nquads' | 'trig';
type Kind = 'positive' | 'negative' | 'eval';
interface Case {
  readonly id: string;
  readonly suite: string;
  readonly syntax: Syntax;
  readonly kind: Kind;
  /** the input's path here, and its URL (the base of its relative IRIs) */
  readonly path: string;
  readonly base: string;
  readonly result?: string;
}

const EXT: Record<Syntax, string> = { turtle: '.ttl', ntriples: '.nt', nquads: '.nq', trig: '.trig' };

function manifests(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return manifests(path);
    return name === 'manifest.ttl' ? [path] : [];
  });
}

function syntaxOf(type: string): Syntax | undefined {
  if (type.startsWith('TestTurtle')) return 'turtle';
  if (type.startsWith('TestNTriples')) return 'ntriples';
  if (type.startsWith('TestNQuads')) return 'nquads';
  if (/^TestTri[gG]/u.test(type)) return 'trig';
  return undefined;
}

function loadCases(): Case[] {
  const cases: Case[] = [];
  for (const manifest of manifests(HERE)) {
    const rel = relative(HERE, manifest).split('\\').join('/');
    const url = ROOT_URL + rel;
    const store = new Store(new Parser({ baseIRI: url }).parse(readFileSync(manifest, 'utf8')));
    const local = (iri: string) => join(HERE, iri.slice(ROOT_URL.length));
    for (const q of store.match(null, DataFactory.namedNode(RDF_TYPE), null)) {
      if (!q.object.value.startsWith(RDFT)) continue;
      const type = q.object.value.slice(RDFT.length);
      const syntax = syntaxOf(type);
      if (syntax === undefined) continue;
      // rejected by the working group: not part of the suite
      if (store.match(q.subject as never, DataFactory.namedNode(`${RDFT}approval`), DataFactory.namedNode(`${RDFT}Rejected`)).size > 0) continue;
      const action = [...store.match(q.subject as never, DataFactory.namedNode(`${MF}action`), null)][0]?.object.value;
      const result = [...store.match(q.subject as never, DataFactory.namedNode(`${MF}result`), null)][0]?.object.value;
      if (action === undefined) continue;
      const kind: Kind = /Negative/u.test(type) ? 'negative' : /Eval|C14N/u.test(type) && result !== undefined ? 'eval' : 'positive';
      cases.push({
        id: `${rel.replace(/\/manifest\.ttl$/u, '')}#${q.subject.value.replace(/^.*#/u, '')}`,
        suite: rel.split('/').slice(0, 2).join('/'),
        syntax,
        kind,
        path: local(action),
        base: action,
        ...(result === undefined ? {} : { result: local(result) }),
      });
    }
  }
  return cases.sort((a, b) => (a.id < b.id ? -1 : 1));
}

const CASES = loadCases();

/** The expected quads of an evaluation test (its result is N-Triples or N-Quads). */
function expected(c: Case): Quad[] {
  return new Parser({ format: c.result!.endsWith('.nq') ? 'N-Quads' : 'N-Triples' }).parse(readFileSync(c.result!, 'utf8'));
}

/** The quads as triples, graphs merged: what the validation paths and the triple readers see. */
function triples(quads: readonly Quad[]): Quad[] {
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}

/** The input's text; Turtle and TriG with its base declared first, for the paths that take no base. */
function text(c: Case, withBase: boolean): string {
  const raw = readFileSync(c.path, 'utf8');
  if (!withBase || (c.syntax !== 'turtle' && c.syntax !== 'trig')) return raw;
  return `@base <${c.base}> . ${raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw}`;
}

const node = (id: string): Term => (id.startsWith('_:') ? DataFactory.blankNode(id.slice(2)) : DataFactory.namedNode(id));

/** profielkit's own reader of the syntax (TriG has none: forEachTriple reads it with n3). */
async function ownRead(c: Case): Promise<Quad[]> {
  const out: Quad[] = [];
  const onTriple = (s: string, p: string, o: Term) => out.push(DataFactory.quad(node(s) as never, DataFactory.namedNode(p), o as never));
  const input = text(c, true);
  if (c.syntax === 'trig') {
    await forEachTriple(Readable.from([Buffer.from(input)]), 'trig', onTriple);
    return out;
  }
  const reader = c.syntax === 'turtle' ? new TurtleReader(onTriple) : new NTriplesReader(c.syntax, onTriple);
  reader.write(input);
  reader.end();
  return out;
}

/** Shapes that report every value of each predicate once: the report graph holds the triples. */
function everyValue(predicates: Iterable<string>): DatasetCore {
  const store = new Store();
  let n = 0;
  const sh = (l: string) => DataFactory.namedNode(SH + l);
  for (const p of predicates) {
    const shape = DataFactory.blankNode(`shape${n}`);
    const property = DataFactory.blankNode(`property${n++}`);
    store.addQuad(shape, DataFactory.namedNode(RDF_TYPE), sh('NodeShape'));
    store.addQuad(shape, sh('targetSubjectsOf'), DataFactory.namedNode(p));
    store.addQuad(shape, sh('property'), property);
    store.addQuad(property, sh('path'), DataFactory.namedNode(p));
    store.addQuad(property, sh('in'), DataFactory.namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#nil'));
  }
  return store;
}

/** The triples a W3C report graph holds as results: (focus node, path, value). */
function reportedTriples(report: Iterable<Quad>): Quad[] {
  const store = new Store([...report]);
  const one = (s: Term, p: string) => [...store.match(s as never, DataFactory.namedNode(SH + p), null)][0]?.object;
  return [...store.match(null, DataFactory.namedNode(SH + 'result'), null)].map((r) => DataFactory.quad(one(r.object, 'focusNode') as never, one(r.object, 'resultPath') as never, one(r.object, 'value') as never));
}

type Outcome = { quads: Quad[] } | { error: unknown };
async function outcome(read: () => Promise<Quad[]> | Quad[]): Promise<Outcome> {
  try {
    return { quads: await read() };
  } catch (error) {
    return { error };
  }
}

/**
 * Tests n3 2.13 fails, with why: the paths that read with n3 fail them as n3 does (so that the
 * list is kept honest), the others are held to the suite.
 */
const N3_FAILS: Readonly<Record<string, string>> = {};

function judge(c: Case, got: Outcome, exact: boolean): string | undefined {
  if (c.kind === 'negative') {
    if (!('error' in got)) return 'read, although the suite says it is no valid input';
    if (!(got.error instanceof ParseError)) return `refused with ${String(got.error)}, not a ParseError`;
    if (!(got.error.line! >= 1) || !(got.error.column! >= 1)) return `a ParseError without line and column: ${got.error.message}`;
    return undefined;
  }
  if ('error' in got) return `refused: ${got.error instanceof Error ? got.error.message : String(got.error)}`;
  if (c.kind === 'eval') {
    const want = expected(c);
    if (!isomorphic(got.quads, exact ? want : triples(want))) return `another graph: ${got.quads.length} quads read, ${want.length} expected`;
  }
  return undefined;
}

const shapesFor = (c: Case) => everyValue(c.kind === 'eval' ? new Set(expected(c).map((q) => q.predicate.value)) : ['http://example/p']);

const PATHS: Record<string, (c: Case, dir: string) => Promise<Outcome>> = {
  "profielkit's own reader": (c) => outcome(() => ownRead(c)),
  parseRdf: (c) => outcome(() => [...(parseRdf(readFileSync(c.path, 'utf8'), c.syntax, { baseIRI: c.base }) as unknown as Iterable<Quad>)]),
  validateStream: (c) =>
    outcome(async () => {
      const input = text(c, true);
      const web = () => new ReadableStream<string>({ start: (controller) => (controller.enqueue(input), controller.close()) });
      const report = await validateStream(web, { shapes: shapesFor(c), format: c.syntax });
      return reportedTriples(report.report as unknown as Iterable<Quad>);
    }),
  validateFile: (c, dir) =>
    outcome(async () => {
      const file = join(dir, `${c.id.replace(/[^A-Za-z0-9_-]/gu, '_')}${EXT[c.syntax]}`);
      writeFileSync(file, text(c, true));
      const report = await validateFile(file, { shapes: shapesFor(c), format: c.syntax });
      return reportedTriples(report.report as unknown as Iterable<Quad>);
    }),
};
/** Paths whose graph is the input's quads (the others see triples, graphs merged). */
const EXACT = new Set(['parseRdf']);
/** Paths that read with n3 for a syntax (the others with profielkit's own readers). */
const n3Reads = (path: string, c: Case) => path === 'parseRdf' || c.syntax === 'trig';

const dir = mkdtempSync(join(tmpdir(), 'profielkit-w3c-rdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the W3C RDF syntax suites', () => {
  it('are all here: RDF 1.1 and 1.2, Turtle, N-Triples, N-Quads, TriG', () => {
    const count = (suite: string) => CASES.filter((c) => c.suite === suite).length;
    for (const suite of ['rdf11/rdf-turtle', 'rdf11/rdf-n-triples', 'rdf11/rdf-n-quads', 'rdf11/rdf-trig', 'rdf12/rdf-turtle', 'rdf12/rdf-n-triples', 'rdf12/rdf-n-quads', 'rdf12/rdf-trig']) {
      expect(count(suite), suite).toBeGreaterThan(20);
    }
    expect(CASES.filter((c) => c.kind === 'eval').length).toBeGreaterThan(300);
    expect(CASES.filter((c) => c.kind === 'negative').length).toBeGreaterThan(300);
  });

  for (const [name, read] of Object.entries(PATHS)) {
    it(`pass on ${name}`, async () => {
      const failures: string[] = [];
      const n3Failed: string[] = [];
      for (const c of CASES) {
        const why = judge(c, await read(c, dir), EXACT.has(name));
        const known = N3_FAILS[c.id];
        if (known !== undefined && n3Reads(name, c)) {
          if (why === undefined) failures.push(`${c.id}: listed as failed by n3 (${known}), but passes`);
          else n3Failed.push(c.id);
        } else if (why !== undefined) failures.push(`${c.id} (${c.kind}): ${why}`);
      }
      expect(failures).toEqual([]);
    });
  }

  // the command: one run per syntax with every input of it, the Turtle report of each read back
  for (const syntax of ['turtle', 'ntriples', 'nquads', 'trig'] as const) {
    it(`pass on the command (profielkit validate --shapes … --format turtle), ${syntax}`, async () => {
      const cases = CASES.filter((c) => c.syntax === syntax);
      const files = cases.map((c, i) => {
        const file = join(dir, `cli-${i}${EXT[syntax]}`);
        writeFileSync(file, text(c, true));
        return file;
      });
      const shapes = join(dir, `cli-${syntax}-shapes.nt`);
      const predicates = new Set(cases.filter((c) => c.kind === 'eval').flatMap((c) => expected(c).map((q) => q.predicate.value)));
      writeFileSync(shapes, [...(everyValue(predicates) as unknown as Iterable<Quad>)].map((q) => `${[q.subject, q.predicate, q.object].map((t) => (t.termType === 'BlankNode' ? `_:${t.value}` : `<${t.value}>`)).join(' ')} .`).join('\n'));
      const run = spawnSync(process.execPath, [join(HERE, '../../dist/cli.js'), 'validate', '--quiet', '--shapes', shapes, '--format', 'turtle', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      // each input's report starts with `# file`; each refused input has a line `file:line:column: syntax: why` on standard error
      const reports = new Map<string, string>();
      const sections = run.stdout.split(/^# (.*)$/mu);
      for (let i = 1; i < sections.length; i += 2) reports.set(sections[i] as string, sections[i + 1] as string);
      const errors = new Map<string, string>();
      for (const line of run.stderr.split('\n')) {
        const file = files.find((f) => line.startsWith(`${f}:`));
        if (file !== undefined) errors.set(file, line.slice(file.length + 1));
      }
      const failures: string[] = [];
      cases.forEach((c, i) => {
        const file = files[i] as string;
        const error = errors.get(file);
        if (c.kind === 'negative') {
          if (error === undefined || !new RegExp(`^\\d+:\\d+: ${syntax}: `, 'u').test(error)) failures.push(`${c.id}: not refused with a line and column (${error ?? 'no error'})`);
          return;
        }
        if (error !== undefined) return void failures.push(`${c.id}: refused: ${error}`);
        const report = reports.get(file);
        if (report === undefined) return void failures.push(`${c.id}: no report`);
        let quads: Quad[];
        try {
          quads = new Parser().parse(report);
        } catch (e) {
          return void failures.push(`${c.id}: the Turtle report does not read back: ${(e as Error).message}`);
        }
        if (c.kind === 'eval' && !isomorphic(reportedTriples(quads), triples(expected(c)))) failures.push(`${c.id}: another graph`);
      });
      expect(failures).toEqual([]);
    });
  }
});

describe('graph isomorphism (the suites judge by it)', () => {
  const q = (s: string) => new Parser({ format: 'N-Quads' }).parse(s);
  it('tells graphs apart by more than their blank node labels, in triple terms too', () => {
    expect(isomorphic(q('_:a <http://p> _:b .\n_:b <http://p> _:a .'), q('_:x <http://p> _:y .\n_:y <http://p> _:x .'))).toBe(true);
    expect(isomorphic(q('_:a <http://p> _:b .\n_:b <http://p> _:a .'), q('_:x <http://p> _:x .\n_:y <http://p> _:y .'))).toBe(false);
    expect(isomorphic(q('_:a <http://p> "x"@en--ltr .'), q('_:b <http://p> "x"@en--rtl .'))).toBe(false);
    expect(isomorphic(q('_:a <http://p> <<( _:a <http://p> _:c )>> .'), q('_:b <http://p> <<( _:b <http://p> _:d )>> .'))).toBe(true);
    expect(isomorphic(q('_:a <http://p> <<( _:a <http://p> _:c )>> .'), q('_:b <http://p> <<( _:d <http://p> _:b )>> .'))).toBe(false);
    expect(isomorphic(q('<http://s> <http://p> "1" <http://g> .'), q('<http://s> <http://p> "1" .'))).toBe(false);
  });
});
