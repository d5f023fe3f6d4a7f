// validateStream reads a Node Readable, a Web ReadableStream (bytes or text) and an RDF/JS quad stream,
// with the results the file gives; anything else is a typed error, never an uncaught exception.
import { describe, expect, it } from 'vitest';
import { createReadStream, writeFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DataFactory, Parser, StreamParser } from 'n3';
import fc from 'fast-check';
import {
  ParseError,
  parseRdf,
  profiles,
  StreamInputError,
  toNTriples,
  toTurtle,
  validate,
  validateStream,
  type RdfSource,
  type ValidationResult,
} from '../../src/index.js';
import { toestemming } from '../../src/toestemming.js';
import { validateFile } from '../../src/node.js';
import { validateStream as validateStreamWith } from '../../src/core/validate/stream.js';
import { spillToMemory } from '../../src/core/validate/fast/spill.js';
import { validGraph } from '../support/records.js';
import { faultyData } from '../support/faulty-data.js';

const key = (r: ValidationResult) => JSON.stringify([r.focusNode, r.path, r.constraint, r.value, r.severity]);
const keys = (results: readonly ValidationResult[]) => results.map(key).sort();

/** A Web ReadableStream of the given chunks. */
function web(chunks: readonly unknown[]): ReadableStream<unknown> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
  });
}

/** UTF-8 bytes cut into pieces of `size`, so that multi-byte characters are split across chunks. */
function pieces(text: string, size: number): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const out: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.slice(at, at + size));
  return out;
}

async function brokenExport(): Promise<string> {
  const g = validGraph();
  g.Toestemming({
    id: 'https://example.org/t/kapot',
    dataSubject: 'https://example.org/onbekend',
    descriptor: 'https://example.org/descriptor/nieuwsbrief',
    gegevenOp: '2024-01-01',
    status: 'https://example.org/eigen/s',
  });
  // a label with characters of more than one byte, to be cut in the middle
  g.Agent({ id: 'https://example.org/persoon/één' });
  return toTurtle(g.dataset, { profile: toestemming });
}

describe('validateStream reads every kind of stream, with the results of the file', async () => {
  const text = await brokenExport();
  const dir = mkdtempSync(join(tmpdir(), 'profielkit-sources-'));
  const file = join(dir, 'export.ttl');
  writeFileSync(file, text);
  const expected = keys((await validateFile(file, { profile: toestemming })).results);
  const reference = keys((await validate(parseRdf(text), { profile: toestemming, engine: 'reference' })).results);

  it('the file gives the reference results (the anchor of the others)', () => {
    expect(expected).toEqual(reference);
    expect(expected.length).toBeGreaterThan(0);
  });

  const sources: [string, () => RdfSource][] = [
    ['a Node Readable of bytes (a file)', () => createReadStream(file)],
    ['a Node Readable of strings (object mode)', () => Readable.from([text.slice(0, 100), text.slice(100)])],
    ['a Web ReadableStream of bytes cut inside characters', () => web(pieces(text, 7))],
    ['a Web ReadableStream of text', () => web([text.slice(0, 50), text.slice(50)])],
    [
      'a Web ReadableStream from Node (Readable.toWeb)',
      () => Readable.toWeb(createReadStream(file)) as unknown as RdfSource,
    ],
    [
      'an RDF/JS quad stream (N3.StreamParser)',
      () => createReadStream(file).pipe(new StreamParser({ format: 'Turtle' })),
    ],
    ['an object-mode Readable of quads', () => Readable.from(new Parser().parse(text))],
    ['a Web ReadableStream of quads', () => web(new Parser().parse(text))],
  ];
  it.each(sources)('%s', async (_name, open) => {
    const report = await validateStream(open, { profile: toestemming });
    expect(keys(report.results)).toEqual(expected);
  });

  it('quads of another DataFactory (plain objects with equals)', async () => {
    const plain = (t: { termType: string; value: string }) => ({
      termType: t.termType,
      value: t.value,
      equals: (o: { termType: string; value: string } | null) =>
        !!o && o.termType === t.termType && o.value === t.value,
    });
    const foreign = new Parser().parse(text).map((q) => ({
      subject: plain(q.subject),
      predicate: plain(q.predicate),
      object:
        q.object.termType === 'Literal'
          ? { ...plain(q.object), language: q.object.language, datatype: plain(q.object.datatype) }
          : plain(q.object),
      graph: { termType: 'DefaultGraph', value: '', equals: () => false },
    }));
    const report = await validateStream(() => Readable.from(foreign), { profile: toestemming });
    expect(keys(report.results)).toEqual(expected);
  });

  it('a quad stream whose subjects are not together is opened again and read into memory', async () => {
    const quads = new Parser().parse(text);
    const shuffled = [...quads.filter((_, i) => i % 2 === 0), ...quads.filter((_, i) => i % 2 === 1)];
    let opened = 0;
    const report = await validateStream(() => (opened++, web(shuffled)), { profile: toestemming });
    expect(opened).toBe(2);
    expect(keys(report.results)).toEqual(expected);
  });

  it('the reference engine reads them too', async () => {
    const report = await validateStream(() => web(pieces(text, 64)), { profile: toestemming, engine: 'reference' });
    expect(keys(report.results)).toEqual(expected);
  });
});

describe('what validateStream refuses, with a typed error', () => {
  it.each([
    ['nothing', undefined],
    ['a string (text, not a stream)', 'a <b> c .'],
    ['a number', 42],
    ['a plain object', { data: [] }],
  ])('open() returning %s', async (_name, value) => {
    await expect(validateStream(() => value as unknown as RdfSource, { profile: toestemming })).rejects.toBeInstanceOf(
      StreamInputError,
    );
  });

  it.each([
    ['numbers', () => Readable.from([1, 2, 3])],
    ['objects that are no quads', () => web([{ hello: 'world' }])],
    [
      'quads and then text',
      () => web([...new Parser().parse('<https://e.org/a> <https://e.org/p> <https://e.org/b> .'), 'more text']),
    ],
  ])('a stream of %s', async (_name, open) => {
    const failure = validateStream(open as () => RdfSource, { profile: toestemming });
    await expect(failure).rejects.toBeInstanceOf(StreamInputError);
    await expect(failure).rejects.toThrow(/validateStream: /u);
  });

  it('a syntax error in a Web stream says where, as from a file', async () => {
    const failure = validateStream(
      () =>
        web(['<https://e.org/a> <https://e.org/p> <https://e.org/b> .\n', '<https://e.org/a> <https://e.org/p> ] .\n']),
      { profile: toestemming, format: 'ntriples' },
    );
    await expect(failure).rejects.toBeInstanceOf(ParseError);
    await expect(failure).rejects.toMatchObject({ line: 2 });
  });

  it('bytes that are not UTF-8 in a Web stream are a ParseError, never a silent U+FFFD', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<https://e.org/a> <https://e.org/p> "caf'),
      0xe9,
      ...new TextEncoder().encode('" .\n'),
    ]);
    await expect(
      validateStream(() => web([bytes]), { profile: toestemming, format: 'ntriples' }),
    ).rejects.toBeInstanceOf(ParseError);
  });

  it('a syntax error inside an N3.StreamParser given as the quad stream is a ParseError', async () => {
    const failure = validateStream(
      () =>
        Readable.from(['<https://e.org/a> <https://e.org/p> ] .\n']).pipe(new StreamParser({ format: 'N-Triples' })),
      { profile: toestemming, format: 'ntriples' },
    );
    await expect(failure).rejects.toBeInstanceOf(ParseError);
  });
});

// Where no file system is available (a browser), what does not fit the budgets is kept in memory:
// with budgets of a few nodes every spill is taken, and the results are still the reference engine's.
describe('spill kept in memory', () => {
  it.each(Object.values(profiles).map((p) => [p.name, p] as const))(
    'gives the reference results for %s',
    async (_name, profile) => {
      spillToMemory(true);
      try {
        await fc.assert(
          fc.asyncProperty(faultyData(profile), async (data) => {
            const text = await toNTriples(data);
            const streamed = await validateStreamWith(
              profile.declaration,
              () => web(pieces(text, 1000)),
              { format: 'ntriples' },
              { types: 2, subjects: 3, references: 2 },
            );
            const whole = await validate(parseRdf(text, 'ntriples'), { profile, engine: 'reference' });
            const unlabelled = (r: ValidationResult) => key(r).replace(/_:b\d+_/g, '_:');
            expect(streamed.results.map(unlabelled).sort()).toEqual(whole.results.map(unlabelled).sort());
          }),
          { numRuns: 30, seed: 1414 },
        );
      } finally {
        spillToMemory(false);
      }
    },
  );
});

describe('terms and datasets of other RDF/JS libraries', () => {
  it('builders take NamedNodes of any DataFactory as id, reference and concept', async () => {
    const { Contactkanaal, ToestemmingStatus } = await import('../../src/toestemming.js');
    const g = toestemming.graph();
    const vo = g.PubliekeOrganisatie({
      id: DataFactory.namedNode('https://data.vlaanderen.be/id/organisatie/OVO000001'),
    });
    const plainNode = (value: string) => ({ termType: 'NamedNode' as const, value, equals: () => false });
    const descriptor = g.ContactvoorkeurDescriptor({
      id: plainNode('https://example.org/descriptor/1'),
      label: 'Nieuwsbrief',
      dataController: vo,
      dataProcessor: [DataFactory.namedNode('https://data.vlaanderen.be/id/organisatie/OVO000001')],
      toestemmingsvraag: DataFactory.namedNode('https://example.org/vraag/1'),
      contactkanaal: [DataFactory.namedNode(Contactkanaal.Email), plainNode(Contactkanaal.Sms)],
    });
    expect(descriptor.value).toBe('https://example.org/descriptor/1');
    g.Agent({ id: DataFactory.namedNode('https://example.org/persoon/1') });
    g.Contactvoorkeur({
      id: DataFactory.namedNode('https://example.org/cv/1'),
      dataSubject: DataFactory.namedNode('https://example.org/persoon/1'),
      descriptor,
      gegevenOp: '2024-03-01',
      status: DataFactory.namedNode(ToestemmingStatus.toegelaten),
      contactkanaal: plainNode(Contactkanaal.Email),
    });
    expect((await validate(g.dataset, { profile: toestemming })).conforms).toBe(true);
    expect(toestemming.read(g.dataset).ContactvoorkeurDescriptor[0]?.contactkanaal.sort()).toEqual(
      [Contactkanaal.Email, Contactkanaal.Sms].sort(),
    );
  });

  it(
    'a NamedNode that is no absolute IRI, ' +
      'or a published list IRI that names no concept, is refused as a string would be',
    () => {
      const g = toestemming.graph();
      expect(() => g.Agent({ id: DataFactory.namedNode('not an iri') })).toThrow(/Agent.id: expected an absolute IRI/u);
      expect(() =>
        g.Contactvoorkeur({
          dataSubject: 'https://e.org/p',
          descriptor: 'https://e.org/d',
          gegevenOp: '2024-03-01',
          status: DataFactory.namedNode('https://data.vlaanderen.be/id/concept/ToestemmingStatus/bestaatniet'),
          contactkanaal: 'https://e.org/k',
        }),
      ).toThrow(/not a concept of the published code list ToestemmingStatus/u);
    },
  );

  it('graph() writes into any DatasetCore', async () => {
    // a DatasetCore of no library: a list of quads, with match
    type Q = import('@rdfjs/types').Quad;
    class ListDataset {
      readonly quads: Q[] = [];
      get size() {
        return this.quads.length;
      }
      add(q: Q) {
        if (!this.has(q)) this.quads.push(q);
        return this;
      }
      delete(q: Q) {
        const i = this.quads.findIndex((x) => x.equals(q));
        if (i >= 0) this.quads.splice(i, 1);
        return this;
      }
      has(q: Q) {
        return this.quads.some((x) => x.equals(q));
      }
      match(s?: unknown, p?: unknown, o?: unknown, g?: unknown) {
        const same = (a: unknown, b: Q['subject'] | Q['object'] | Q['predicate'] | Q['graph']) =>
          a === null || a === undefined || (a as Q['object']).equals(b);
        const found = new ListDataset();
        for (const q of this.quads)
          if (same(s, q.subject) && same(p, q.predicate) && same(o, q.object) && same(g, q.graph)) found.add(q);
        return found;
      }
      [Symbol.iterator]() {
        return this.quads[Symbol.iterator]();
      }
    }
    const g = toestemming.graph(new ListDataset());
    const n3 = toestemming.graph();
    for (const b of [g, n3]) b.PubliekeOrganisatie({ id: 'https://example.org/organisatie/1' });
    const dataset: ListDataset = g.dataset; // the type is the dataset's own
    expect(dataset.size).toBe(3); // m8g:PublicOrganisation, org:Organization, dcterms:Agent
    expect(await toNTriples(dataset)).toBe(await toNTriples(n3.dataset));
    expect(toestemming.read(dataset)).toEqual(toestemming.read(n3.dataset));
  });
});
