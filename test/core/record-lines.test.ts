// Issue 22, item 5: a record written without a label (`[ … ]`, nested too) gets the line of its `[` in the
// report, in Turtle and TriG, whichever reader validated it: profielkit's Turtle reader (fast path), n3 (TriG,
// the reference engine, the command's in-memory path). Each names such nodes in the order n3 makes them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import type { Term } from '@rdfjs/types';
import { validateStream } from '../../src/index.js';
import { recordLines, stewardReport } from '../../src/report.js';
import { toestemming } from '../../src/toestemming.js';
import { forEachQuad, forEachTriple } from '../../src/core/stream/source.js';
import type { RdfInputFormat } from '../../src/core/parse/rdf.js';

const PREFIXES = [
  '@prefix toe: <http://data.vlaanderen.be/ns/toestemming#> .',
  '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .',
];

/** Turtle: records in records, in a list, and a list before them; the value found -> the line of its `[` */
const TURTLE = [
  ...PREFIXES,
  '<https://example.org/x> rdfs:seeAlso ( 1 ( 2 [] ) ) .',
  '[ a toe:Toestemming ;',
  '  toe:gegevenOp "a" ;',
  '  rdfs:seeAlso ( 1 [ a toe:Toestemming ;',
  '      toe:gegevenOp "b" ] ) ;',
  '  rdfs:seeAlso',
  '    [ a toe:Toestemming ;',
  '      toe:gegevenOp "c" ;',
  '      rdfs:seeAlso [',
  '        a toe:Toestemming ; toe:gegevenOp "d" ] ] ] .',
  '<https://example.org/c/1> rdfs:seeAlso [ a toe:Toestemming ; toe:gegevenOp "e" ] .',
  '',
].join('\n');
const TURTLE_LINES = { a: 4, b: 6, c: 9, d: 11, e: 13 };

/** TriG: the same in graphs, in a graph named by `GRAPH`, and in the default graph */
const TRIG = [
  ...PREFIXES,
  '<https://example.org/g> {',
  '  [ a toe:Toestemming ; toe:gegevenOp "a" ;',
  '    rdfs:seeAlso [',
  '      a toe:Toestemming ; toe:gegevenOp "b" ] ] .',
  '  <https://example.org/y> rdfs:seeAlso ( [] ) .',
  '}',
  'GRAPH <https://example.org/h> { [ a toe:Toestemming ; toe:gegevenOp "c" ] }',
  '[ a toe:Toestemming ;',
  '  toe:gegevenOp "d" ] .',
  '',
].join('\n');
const TRIG_LINES = { a: 4, b: 5, c: 9, d: 10 };

/** The line the report gives the finding on each `gegevenOp` value (none: no line). */
async function reportedLines(text: string, format: RdfInputFormat, engine: 'fast' | 'reference', pieces: number) {
  const report = await validateStream(() => Readable.from([text]), { profile: toestemming, format, engine });
  const size = Math.ceil(text.length / pieces);
  const chunks = Array.from({ length: pieces }, (_, i) => text.slice(i * size, (i + 1) * size));
  const lines = await recordLines(
    chunks,
    report.results.map((r) => r.focusNode),
  );
  const steward = stewardReport({
    file: `x.${format}`,
    syntax: format,
    outcomes: [{ profile: 'toestemming', ...report }],
    lang: 'nl',
    version: '0',
    declarations: [toestemming.declaration],
    lines,
  });
  const found: Record<string, number | undefined> = {};
  for (const f of steward.findings) if (f.field === 'gegevenOp') found[f.value] = f.line;
  // every finding, not only gegevenOp's, has its record's line; none is named by a bare label
  expect(steward.findings.every((f) => f.line !== undefined)).toBe(true);
  expect(steward.findings.some((f) => /_:/u.test(f.record))).toBe(false);
  return found;
}

describe('records written [ … ] get the line of their [', () => {
  for (const engine of ['fast', 'reference'] as const) {
    for (const pieces of [1, 7]) {
      it(`Turtle, ${engine} engine, the text read in ${pieces} piece(s)`, async () => {
        expect(await reportedLines(TURTLE, 'turtle', engine, pieces)).toEqual(TURTLE_LINES);
      });
      it(`TriG, ${engine} engine, the text read in ${pieces} piece(s)`, async () => {
        expect(await reportedLines(TRIG, 'trig', engine, pieces)).toEqual(TRIG_LINES);
      });
    }
  }

  it('the report names such a node alike however often the text was read (no process-wide counter)', async () => {
    const first = await validateStream(() => Readable.from([TRIG]), { profile: toestemming, format: 'trig' });
    const again = await validateStream(() => Readable.from([TRIG]), { profile: toestemming, format: 'trig' });
    expect(again.results.map((r) => r.focusNode)).toEqual(first.results.map((r) => r.focusNode));
    expect(first.results.every((r) => /^_:pk_b\d+$/u.test(r.focusNode))).toBe(true);
  });

  it("profielkit's Turtle reader and n3 name the nodes written without a label alike, lists among them", async () => {
    const term = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);
    const ours: string[] = [];
    await forEachTriple(Readable.from([TURTLE]), 'turtle', (s, p, o) => ours.push(`${s} ${p} ${term(o)}`));
    const n3: string[] = [];
    await forEachQuad(Readable.from([TURTLE]), 'turtle', (q) => {
      n3.push(`${term(q.subject)} ${q.predicate.value} ${term(q.object)}`);
    });
    expect(ours.some((t) => t.startsWith('_:.b'))).toBe(true);
    expect([...ours].sort()).toEqual([...n3].sort());
  });

  it('a syntax error further on: the records before it keep their lines', async () => {
    const nodes = ['_:pk_b0', '_:pk_b1'];
    const lines = await recordLines([`${PREFIXES[0]}\n[ a toe:Toestemming ] .\n[ a toe:X ] .\n[ oops\n`], nodes);
    expect(lines).toEqual(
      new Map([
        ['_:pk_b0', 2],
        ['_:pk_b1', 3],
      ]),
    );
  });
});

describe('recordLines in flat memory', () => {
  // the command reads an export a second time for its findings' lines: a map keyed by slices of the text kept
  // each 64 KB chunk a record was found in alive (2,000 findings: 128 MB), which a small heap cannot hold
  it('finds 2,000 records in 60 MB of N-Triples within a 48 MB heap', () => {
    const report = new URL('../../dist/report.js', import.meta.url).href;
    const script = [
      `const { recordLines } = await import(${JSON.stringify(report)});`,
      `const value = '"${'x'.repeat(40)}" .\\n';`,
      "const line = (i, p) => '<https://example.org/r/' + i + '> <https://example.org/p' + p + '> ' + value;",
      'async function* text() {',
      '  let chunk = "";',
      '  for (let i = 0; i < 100000; i++) {',
      '    for (let p = 0; p < 6; p++) chunk += line(i, p);',
      '    if (chunk.length > 65536) { yield chunk; chunk = ""; }',
      '  }',
      '  yield chunk;',
      '}',
      'const wanted = new Set();',
      "for (let i = 0; i < 100000; i += 50) wanted.add('https://example.org/r/' + i);",
      'wanted.add("https://example.org/nowhere");',
      'const found = await recordLines(text(), wanted);',
      'console.log(found.size, found.get("https://example.org/r/50"));',
    ].join('\n');
    const run = spawnSync(process.execPath, ['--max-old-space-size=48', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('2000 301');
  });
});
